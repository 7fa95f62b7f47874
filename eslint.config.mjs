// Lint config. The module-boundary rule is the architecture's import rules made a lint error:
// a service never imports another service's code, domain code imports no framework, production
// code never imports test support, and the tools in deploy/ reach the code through public libs.
// The services' scopes come from the one list of services (services.json, deploy/services.mjs).
// Each rule is tested in apps/e2e/src/module-boundaries.unit.spec.ts.
import nx from '@nx/eslint-plugin';
import { SERVICES } from './deploy/services.mjs';

const FRAMEWORKS = ['@nestjs/*', 'mongoose', 'mongodb', 'kafkajs', 'express'];
/** A service's domain is plain TypeScript: no validation decorators, no metadata reflection. */
const DECORATORS = ['class-validator', 'class-transformer', 'reflect-metadata'];
/**
 * The shared libs that load no framework, however deep (money, calendar, event-sourcing,
 * published-rules). A service's domain imports only these: integration-events is type:domain too,
 * but its entry loads class-validator and reflect-metadata. Proved at run time by
 * apps/e2e/src/domain-purity.unit.spec.ts.
 */
const FRAMEWORK_FREE = 'framework:none';

/** Test code: specs, test support kept in testing/ folders, and the browser tests (never built: deploy/build.mjs). */
const TEST_CODE = ['**/*.spec.ts', '**/testing/**', 'apps/e2e/browser/**'];
/** Benchmarks are not built either; they may use test support. */
const BENCH_CODE = ['**/bench/**'];

const SCOPE_CONSTRAINTS = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...SERVICES.map(({ name }) => ({ sourceTag: `scope:${name}`, onlyDependOnLibsWithTags: [`scope:${name}`, 'scope:shared'] })),
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
  // The gateway reaches the services over HTTP only; it imports no service's code.
  { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
  // The web UI runs in a browser: it reaches everything through the gateway's HTTP API.
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
  // scope:deploy (the tools: start, build, bench) may use any library, never an app's files.
];

/** What the code of each layer may import; test code may also import the harness (type:testing). */
const layers = (testing) => [
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', ...testing], bannedExternalImports: FRAMEWORKS },
  { sourceTag: FRAMEWORK_FREE, onlyDependOnLibsWithTags: [FRAMEWORK_FREE, ...testing], bannedExternalImports: [...FRAMEWORKS, ...DECORATORS] },
  ...SERVICES.filter((s) => s.domainLib).map(({ name }) => ({
    allSourceTags: [`scope:${name}`, 'type:domain'],
    onlyDependOnLibsWithTags: [FRAMEWORK_FREE, ...testing],
    bannedExternalImports: [...FRAMEWORKS, ...DECORATORS],
  })),
  { sourceTag: 'type:infrastructure', onlyDependOnLibsWithTags: ['type:domain', 'type:infrastructure', ...testing] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain', 'type:infrastructure'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:infrastructure', ...testing] },
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:domain', 'type:infrastructure', 'type:testing'] },
];

const boundaries = (testing, allow = []) => [
  'error',
  { enforceBuildableLibDependency: false, allow, depConstraints: [...SCOPE_CONSTRAINTS, ...layers(testing)] },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/tmp', '**/.nx'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    rules: { '@nx/enforce-module-boundaries': boundaries([]) },
  },
  {
    // A service's main.ts takes its port and description from the one list of services.
    files: ['apps/*/src/main.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries([], ['../../../services.json']) },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: [...TEST_CODE, ...BENCH_CODE],
    rules: { '@nx/enforce-module-boundaries': boundaries(['type:testing']) },
  },
  {
    // The tests of the tools import the scripts they test.
    files: ['apps/e2e/src/**/*.spec.ts', 'apps/e2e/browser/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(['type:testing'], ['../../../deploy/*', '../../../deploy/demo/*']) },
  },
  {
    // The UI's tests check its copies of the services' rules (defaults, limits) against the domains' own.
    files: ['apps/backoffice-web/**/*.spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(['type:testing'], ['@aftersales/contracts-domain', '@aftersales/settlements-domain']),
    },
  },
  {
    files: ['**/*.spec.ts', 'apps/e2e/browser/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Production code (what deploy/build.mjs builds) imports no test support, not even by a relative path.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: [...TEST_CODE, ...BENCH_CODE],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/testing', '**/testing/**'], message: 'Production code may not import test support (a testing/ folder or @aftersales/testing).' }],
      }],
    },
  },
];

import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/** The architecture's import rules are lint errors, not a matter of memory (STYLE.md). */
describe('module boundaries', () => {
  beforeAll(() => {
    // The rule reads Nx's project graph; computing it is what `npm run lint` does first.
    execFileSync('npx', ['nx', 'show', 'projects'], { cwd: ROOT, env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'ignore' });
  }, 60_000);

  /** Lints `code` as if it were the file at `filePath`, with the project's own ESLint config. */
  const problems = async (filePath: string, code: string) => {
    const run = spawnSync('npx', ['eslint', '--stdin', '--stdin-filename', filePath, '--format', 'json'], { cwd: ROOT, input: code, encoding: 'utf8' });
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
    return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
  };

  it('domain code cannot import a framework', async () => {
    for (const pkg of ['@nestjs/common', 'mongoose', 'kafkajs', 'mongodb']) {
      expect(await problems('libs/settlements/domain/src/probe.ts', `import * as x from '${pkg}';\nexport const y = x;\n`))
        .toEqual([expect.stringContaining(`not allowed to import "${pkg}"`)]);
    }
  });

  it("a service cannot import another service's code", async () => {
    expect(await problems('apps/settlements/src/probe.ts', "import { dealerDecider } from '@aftersales/contracts-domain';\nexport const y = dealerDecider;\n"))
      .toEqual([expect.stringContaining('scope:settlements')]);
  });

  it('shared libraries cannot import a service', async () => {
    expect(await problems('libs/shared/kafka/src/probe.ts', "import { fundDecider } from '@aftersales/settlements-domain';\nexport const y = fundDecider;\n"))
      .toEqual([expect.stringContaining('scope:shared')]);
  });

  it('a service may import shared libraries and its own domain', async () => {
    expect(await problems('apps/settlements/src/probe.ts',
      "import { applyRate } from '@aftersales/money';\nimport { fundDecider } from '@aftersales/settlements-domain';\nexport const y = [applyRate, fundDecider];\n"))
      .toEqual([]);
  });
});

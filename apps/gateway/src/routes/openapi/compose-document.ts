import type { ForwardedRoute } from '../route-table';

/** The parts of an OpenAPI 3.0 document this composition reads and writes. */
export interface Document {
  openapi?: string;
  info?: unknown;
  paths: Record<string, Record<string, Operation | unknown>>;
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown>; [part: string]: unknown };
  [field: string]: unknown;
}
export interface Operation {
  operationId?: string;
  responses?: Record<string, unknown>;
  security?: Record<string, string[]>[];
  [field: string]: unknown;
}

const SCHEMA_REF = '#/components/schemas/';
export const BEARER = 'bearer';

/** Every `#/components/schemas/X` a value refers to. */
function refsOf(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => refsOf(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith(SCHEMA_REF)) found.add(inner.slice(SCHEMA_REF.length));
      else refsOf(inner, found);
    }
  }
  return found;
}

/** The schemas `roots` need, transitively. */
function reachable(schemas: Record<string, unknown>, roots: unknown[]): string[] {
  const names = new Set<string>();
  const visit = (name: string) => {
    if (names.has(name) || !(name in schemas)) return;
    names.add(name);
    refsOf(schemas[name]).forEach(visit);
  };
  roots.forEach((root) => refsOf(root).forEach(visit));
  return [...names];
}

const renamed = <T>(value: T, names: Map<string, string>): T =>
  names.size === 0 ? value : JSON.parse(JSON.stringify(value), (key, inner: unknown) =>
    key === '$ref' && typeof inner === 'string' && inner.startsWith(SCHEMA_REF) && names.has(inner.slice(SCHEMA_REF.length))
      ? `${SCHEMA_REF}${names.get(inner.slice(SCHEMA_REF.length))}` : inner) as T;

const pascal = (service: string) => service.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

/**
 * Copies the schemas a service's operations use into the composed document; a name another
 * service (or the gateway) already uses for a different schema is prefixed with the service.
 * Returns the renaming to apply to the service's operations.
 */
function mergeSchemas(target: Record<string, unknown>, service: string, source: Record<string, unknown>, used: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const name of used) {
    if (name in target && JSON.stringify(target[name]) !== JSON.stringify(source[name])) names.set(name, `${pascal(service)}${name}`);
  }
  for (const name of used) target[names.get(name) ?? name] = renamed(source[name], names);
  return names;
}

const PROBLEM = { $ref: `${SCHEMA_REF}ProblemResponse` };
const problem = (description: string) => ({ description, content: { 'application/json': { schema: PROBLEM } } });

/** What the gateway itself may answer to any forwarded request, beside the service's answers. */
function gatewayAnswers(route: ForwardedRoute): Record<string, unknown> {
  return {
    401: problem('Not signed in: no access token, or one that is invalid or expired'),
    403: problem(`The role may not ${route.action} ${route.subject}`),
    ...(route.dealer && route.dealer.in !== 'list' ? { 404: problem('No such dealer, or one the user may not see') } : {}),
    502: problem(`The ${route.service} service answered badly`),
    503: problem(`The ${route.service} service did not answer`),
  };
}

/**
 * The gateway's document extended with the forwarded routes: each route's operation taken from
 * its service's document, under `/api`, with the schemas it needs, bearer security and the
 * gateway's own answers. Throws when a route has no operation in its service's document.
 */
export function composeDocument(gateway: Document, services: Record<string, Document>, routes: readonly ForwardedRoute[]): Document {
  const composed: Document = JSON.parse(JSON.stringify(gateway)) as Document;
  const schemas = ((composed.components ??= {}).schemas ??= {});
  composed.components.securitySchemes = { [BEARER]: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, ...composed.components.securitySchemes };
  for (const [service, document] of Object.entries(services)) {
    const own = routes.filter((route) => route.service === service);
    const operations = own.map((route) => {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()] as Operation | undefined;
      if (!operation) throw new Error(`${route.method} ${route.path} is not in the ${service} service's document`);
      return { route, operation };
    });
    const source = document.components?.schemas ?? {};
    const names = mergeSchemas(schemas, service, source, reachable(source, operations.map((o) => o.operation)));
    for (const { route, operation } of operations) {
      const item = (composed.paths[`/api${route.path}`] ??= {});
      item[route.method.toLowerCase()] = {
        ...renamed(operation, names),
        security: [{ [BEARER]: [] }],
        responses: { ...gatewayAnswers(route), ...renamed(operation.responses ?? {}, names) },
      };
    }
  }
  // The gateway's answers refer to the problem body every service documents.
  const problemSchema = Object.values(services).map((s) => s.components?.schemas?.['ProblemResponse']).find(Boolean);
  if (!schemas['ProblemResponse'] && problemSchema) schemas['ProblemResponse'] = problemSchema;
  return composed;
}

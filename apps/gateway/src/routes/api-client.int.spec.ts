import { readFileSync } from 'node:fs';
import { openApiProblems } from '@aftersales/testing';
import type { Document } from './openapi/compose-document';
import { INTERNAL_OPERATIONS, ROUTES } from './route-table';
import { API_CLIENT_FILE, renderApiClient, withGatewayStack } from './testing/api-client';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const operationsOf = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).filter((m) => METHODS.includes(m)).map((m) => `${m.toUpperCase()} ${path}`));

describe("the gateway's composed OpenAPI and the UI's generated client", () => {
  let gateway: Document;
  let services: Record<string, Document>;

  beforeAll(async () => {
    [gateway, services] = await withGatewayStack(async ({ url }, stack) => {
      const read = async (base: string) => (await (await fetch(`${base}/docs/json`)).json()) as Document;
      const own = await Promise.all(Object.entries(stack.urls).map(async ([service, base]) => [service, await read(base)] as const));
      return [await read(url), Object.fromEntries(own)] as const;
    });
  }, 180_000);

  it('is what apps/backoffice-web/src/api/schema.d.ts was generated from', async () => {
    const committed = readFileSync(API_CLIENT_FILE, 'utf8');
    const current = await renderApiClient(gateway);
    if (current !== committed) throw new Error('apps/backoffice-web/src/api/schema.d.ts is stale: run `npm run api:client` and commit it');
  });

  it('is valid against the official OpenAPI 3.0 JSON Schema (what the client generator reads)', () => {
    expect(openApiProblems(gateway)).toEqual([]);
  });

  it('forwards every operation people use of every service, and only operations the services have', () => {
    const tabled = ROUTES.map((route) => `${route.service} ${route.method} ${route.path}`);
    const offered = Object.entries(services).flatMap(([service, document]) => operationsOf(document).map((op) => `${service} ${op}`));
    expect(tabled.filter((route) => !offered.includes(route))).toEqual([]);
    const untabled = offered.filter((op) => !tabled.includes(op) && !INTERNAL_OPERATIONS.some((internal) => internal.test(op.slice(op.indexOf(' ') + 1))));
    expect(untabled).toEqual([]);
  });

  it('serves each forwarded route under /api with bearer security and the gateway answers', () => {
    for (const route of ROUTES) {
      const operation = gateway.paths[`/api${route.path}`]?.[route.method.toLowerCase()] as { security?: unknown; responses?: Record<string, unknown> };
      expect({ route: `${route.method} ${route.path}`, security: operation?.security, answers: Object.keys(operation?.responses ?? {}) })
        .toEqual({ route: `${route.method} ${route.path}`, security: [{ bearer: [] }], answers: expect.arrayContaining(['401', '403', '503']) });
    }
  });
});

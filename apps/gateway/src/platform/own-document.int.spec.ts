import { undocumentedResponses } from '@aftersales/service-kit';
import { createTestContext, openApiProblems, TestContext } from '@aftersales/testing';
import { OpenAPIObject } from '@nestjs/swagger';
import { GatewayUnderTest, startGateway } from '../testing';
import { GatewayDocument } from './gateway-document';

/** The shared servers can be slow to answer when many suites run: starting may take longer than a test. */
const HOOK_TIMEOUT_MS = 180_000;

type Operation = { security?: unknown[]; responses: Record<string, unknown> };

describe("the gateway's own operations in its OpenAPI document (real FerretDB)", () => {
  let ctx: TestContext;
  let gateway: GatewayUnderTest;
  let own: OpenAPIObject;

  beforeAll(async () => {
    ctx = await createTestContext('gwowndoc');
    gateway = await startGateway({ mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName });
    own = gateway.app.get(GatewayDocument).build(gateway.app);
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await gateway?.close();
    await ctx?.dispose();
  });

  const operations = () => Object.entries(own.paths)
    .filter(([path]) => path.startsWith('/api/auth') || path.startsWith('/api/users'))
    .flatMap(([path, item]) => Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({ where: `${method.toUpperCase()} ${path}`, operation })));

  it('is a valid OpenAPI document, and documents every answer (400 for input, 413/415 for a body, Location and a link for a 201)', () => {
    expect(openApiProblems(own)).toEqual([]);
    const mine = { paths: Object.fromEntries(Object.entries(own.paths).filter(([path]) => /^\/api\/(auth|users)/.test(path))) };
    expect(undocumentedResponses(mine as Parameters<typeof undocumentedResponses>[0])).toEqual([]);
  });

  it('every operation that needs a token says Bearer and documents its 401', () => {
    const PUBLIC = ['POST /api/auth/sign-in', 'POST /api/auth/refresh', 'POST /api/auth/sign-out'];
    for (const { where, operation } of operations()) {
      if (PUBLIC.includes(where)) continue;
      expect([where, operation.security]).toEqual([where, [{ bearer: [] }]]);
      expect([where, Object.keys(operation.responses)]).toEqual([where, expect.arrayContaining(['401'])]);
    }
  });
});

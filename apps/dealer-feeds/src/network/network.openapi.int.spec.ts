import { OpenApiDocument, ServiceUnderTest, startService, undocumentedParameters, undocumentedResponses } from '@aftersales/service-kit';
import { createTestContext, openApiProblems, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { DealerFeedsModule } from '../dealer-feeds.module';

type Document = OpenApiDocument & Parameters<typeof undocumentedResponses>[0];
const MINE = /\/feed-matrix\b/;

describe("the NETWORK area's routes in dealer-feeds' OpenAPI (/docs/json of the real app)", () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let document: Document;

  beforeAll(async () => {
    ctx = await createTestContext('networkdocs');
    svc = await startService(ctx, 'dealer-feeds', DealerFeedsModule.register);
    document = (await request(svc.http).get('/docs/json').expect(200)).body as Document;
  });
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('is valid against the official OpenAPI 3.0 JSON Schema', () => {
    expect(openApiProblems(document)).toEqual([]);
  });

  it('documents GET /feed-matrix: every query parameter, the 200 body, the 400 and the 422', () => {
    expect(Object.keys(document.paths)).toContain('/feed-matrix');
    expect(undocumentedParameters(svc.app, document).filter((p) => MINE.test(p))).toEqual([]);
    expect(undocumentedResponses(document).filter((p) => MINE.test(p))).toEqual([]);
    const responses = (document.paths['/feed-matrix'] as { get: { responses: Record<string, unknown> } }).get.responses;
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(['200', '400', '422']));
  });

  it('writes patterns every regex dialect reads alike', () => {
    const patterns = JSON.stringify(document.paths['/feed-matrix']).match(/"pattern":"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.filter((p) => /\\\\[dw]/.test(p))).toEqual([]);
  });
});

import { OpenApiDocument, ServiceUnderTest, startService, undocumentedParameters, undocumentedResponses } from '@aftersales/service-kit';
import { createTestContext, openApiProblems, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { DealerFeedsModule } from '../dealer-feeds.module';

type Document = OpenApiDocument & Parameters<typeof undocumentedResponses>[0];
const FLAG_PATHS = ['/feed-flags', '/dealers/{dealerCode}/feed-flags/{flagId}', '/dealers/{dealerCode}/feed-flags/{flagId}/dismissal'];
const ours = (problems: string[]) => problems.filter((p) => p.includes('feed-flags'));

describe('the flags routes in dealer-feeds OpenAPI (/docs/json of the real app)', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let document: Document;

  beforeAll(async () => {
    ctx = await createTestContext('flagsdocs');
    svc = await startService(ctx, 'dealer-feeds', DealerFeedsModule.register);
    document = (await request(svc.http).get('/docs/json').expect(200)).body as Document;
  });
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('is valid against the official OpenAPI 3.0 JSON Schema, with every flags route', () => {
    expect(openApiProblems(document)).toEqual([]);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(FLAG_PATHS));
  });

  it('documents every parameter and every answer of the flags routes (400, 404, 422 problems, the bodies)', () => {
    expect(ours(undocumentedParameters(svc.app, document))).toEqual([]);
    expect(ours(undocumentedResponses(document))).toEqual([]);
  });
});

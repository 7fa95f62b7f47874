import { OpenApiDocument, ServiceUnderTest, startService, undocumentedParameters, undocumentedResponses } from '@aftersales/service-kit';
import { createTestContext, openApiProblems, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { PartsLogisticsModule } from './parts-logistics.module';

type Document = OpenApiDocument & Parameters<typeof undocumentedResponses>[0];

describe('parts-logistics OpenAPI (/docs/json of the real app)', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let document: Document;

  beforeAll(async () => {
    ctx = await createTestContext('partsdocs');
    svc = await startService(ctx, 'parts-logistics', PartsLogisticsModule.register);
    document = (await request(svc.http).get('/docs/json').expect(200)).body as Document;
  });
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('is valid against the official OpenAPI 3.0 JSON Schema (what a client generator reads)', () => {
    expect(openApiProblems(document)).toEqual([]);
  });

  it('documents every path and query parameter of every route, with a schema and a description', () => {
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining([
      '/price-list/imports', '/price-list/template', '/price-list/changes', '/price-list/withdrawals', '/price-list/items', '/price-list/items/{itemCode}',
      '/price-list/versions', '/price-list/versions/{version}', '/health',
    ]));
    expect(undocumentedParameters(svc.app, document)).toEqual([]);
  });

  it('documents every answer with its JSON body, the 400/415 of every input, Location and links on every 201', () => {
    expect(undocumentedResponses(document)).toEqual([]);
  });
});

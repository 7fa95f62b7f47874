import { OpenApiDocument, ServiceUnderTest, startService, undocumentedParameters } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { ContractsModule } from './contracts.module';

describe('contracts OpenAPI (/docs/json of the real app)', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;

  beforeAll(async () => {
    ctx = await createTestContext('contractsdocs');
    svc = await startService(ctx, 'contracts', ContractsModule.register);
  });
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('documents every path and query parameter of every route, with a schema and a description', async () => {
    const document = (await request(svc.http).get('/docs/json').expect(200)).body as OpenApiDocument;
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/dealers', '/dealers/{code}', '/dealers/{code}/agreements', '/health']));
    expect(undocumentedParameters(svc.app, document)).toEqual([]);
  });
});

import { OpenApiDocument, ServiceUnderTest, startService, undocumentedParameters, undocumentedResponses } from '@aftersales/service-kit';
import { createTestContext, openApiProblems, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { SettlementsModule } from './settlements.module';

type Schema = { properties?: Record<string, { maximum?: number; pattern?: string }>; additionalProperties?: boolean };
type Document = OpenApiDocument & { components: { schemas: Record<string, Schema> } } & Parameters<typeof undocumentedResponses>[0];

describe('settlements OpenAPI (/docs/json of the real app)', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let document: Document;

  beforeAll(async () => {
    ctx = await createTestContext('settlementsdocs');
    svc = await startService(ctx, 'settlements', SettlementsModule.register);
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
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/payments', '/funds/{dealerCode}', '/funds/{dealerCode}/quarters', '/fund-balances', '/health']));
    expect(undocumentedParameters(svc.app, document)).toEqual([]);
  });

  it('documents every answer with its JSON body, the 400/415 of every input, Location and links on every 201', () => {
    expect(undocumentedResponses(document)).toEqual([]);
  });

  it('states the configured PAYMENT_MAX_FEN, closes the body, and writes patterns every regex dialect reads alike', () => {
    const payment = document.components.schemas['RecordPaymentRequest']!;
    expect(payment.additionalProperties).toBe(false);
    expect(payment.properties?.['amountFen']?.maximum).toBe(10_000_000_000);
    expect((document.components.schemas['StartRebuildRequest']!.properties?.['projection'] as { enum?: string[] }).enum)
      .toEqual(expect.arrayContaining(['fund-balance']));
    const patterns = JSON.stringify(document).match(/"pattern":"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(patterns.filter((p) => /\\\\[dw]/.test(p))).toEqual([]);
  });
});

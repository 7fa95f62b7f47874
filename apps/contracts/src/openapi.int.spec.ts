import { OpenApiDocument, ServiceUnderTest, startService, undocumentedParameters, undocumentedResponses } from '@aftersales/service-kit';
import { createTestContext, eventually, openApiProblems, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { ContractsModule } from './contracts.module';

type Schema = { properties?: Record<string, Schema>; additionalProperties?: boolean; oneOf?: { $ref: string }[] };
type Document = OpenApiDocument & { components: { schemas: Record<string, Schema> } } & Parameters<typeof undocumentedResponses>[0];

describe('contracts OpenAPI (/docs/json of the real app)', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let document: Document;

  beforeAll(async () => {
    ctx = await createTestContext('contractsdocs');
    svc = await startService(ctx, 'contracts', ContractsModule.register);
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
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/dealers', '/dealers/{code}', '/dealers/{code}/agreements', '/health']));
    expect(undocumentedParameters(svc.app, document)).toEqual([]);
  });

  it('documents every answer with its JSON body, the 400/415 of every input, Location and links on every 201', () => {
    expect(undocumentedResponses(document)).toEqual([]);
  });

  it('shows an agreement as one of two fund models, each closed to fields it does not take', () => {
    const body = document.paths['/dealers/{code}/agreements']!['post'] as unknown as { requestBody: { content: Record<string, { schema: Schema }> } };
    const variants = body.requestBody.content['application/json']!.schema.oneOf!.map((v) => v.$ref.split('/').pop()!);
    expect(variants).toEqual(['RevenueShareAgreementRequest', 'PerUnitAgreementRequest']);
    const perUnit = document.components.schemas['PerUnitAgreementRequest']!;
    expect({ closed: perUnit.additionalProperties, fundRateBp: perUnit.properties?.['fundRateBp'] }).toEqual({ closed: false, fundRateBp: undefined });
    expect(document.components.schemas['WarrantyPolicyRequest']!.additionalProperties).toBe(false);
  });

  it("lists the configured regions as region's values, and this service's read models as a rebuild's", () => {
    const enumOf = (schema: string, field: string) => (document.components.schemas[schema]!.properties?.[field] as { enum?: string[] }).enum;
    expect(enumOf('RegisterDealerRequest', 'region')).toEqual(['north', 'east', 'south', 'west']);
    expect(enumOf('StartRebuildRequest', 'projection')).toEqual(expect.arrayContaining(['organisation', 'read-model', 'unit-sales', 'units']));
  });

  it('answers a registration with the Location of the dealer, and a signature with the version in force on its validFrom', async () => {
    const dealer = { code: 'D0901', name: '文件測試', region: 'north' };
    const created = await request(svc.http).post('/dealers').send(dealer).expect(201);
    expect(created.headers['location']).toBe('/dealers/D0901');
    // At once, not eventually: a client follows Location (or the link) before the read model has the dealer.
    const read = await request(svc.http).get(created.headers['location']!).expect(200);
    expect(read.body).toMatchObject({ ...dealer, timeZone: 'Asia/Shanghai', registeredAt: expect.any(String) });
    expect((await request(svc.http).get('/dealers/D0901/agreements').expect(200)).body).toEqual({ dealerCode: 'D0901', items: [] });
    expect((await request(svc.http).post('/dealers').send(dealer).expect(200)).headers['location']).toBeUndefined();

    const agreement = { validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'per-unit', allowancePerUnitFen: 100 };
    const signed = await request(svc.http).post('/dealers/D0901/agreements').send(agreement).expect(201);
    expect(signed.headers['location']).toBe('/dealers/D0901/agreements?inForceOn=2026-01-01');
    const inForce = await eventually(() => request(svc.http).get(signed.headers['location']!), (r) => r.body.items?.length === 1);
    expect(inForce.body.items[0]).toMatchObject({ agreementId: signed.body.agreementId, agreementVersion: 1 });
  });
});

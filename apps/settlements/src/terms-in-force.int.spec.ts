import { AgreementSignedV1, ContractsEvents, EventEnvelope } from '@aftersales/integration-events';
import { connectionOn } from '@aftersales/mongo';
import { createTestContext, TestContext } from '@aftersales/testing';
import { REVENUE_SHARE_TERMS } from '../testing/contracts-feed';
import { MongooseTermsInForce, TermsInForce } from './terms/terms-in-force';
import { AgreementTerms, AgreementTermsSchema, TermsProjection } from './terms/terms.projection';

const D = 'D0301';
const signed = (agreementVersion: number, validFrom: string, validTo: string, fundRateBp: number): EventEnvelope => {
  const data: AgreementSignedV1 = { agreementId: `A${agreementVersion}`, dealerCode: D, agreementVersion, validFrom, validTo,
    terms: { ...REVENUE_SHARE_TERMS, fundRateBp } };
  return { eventId: `00000000-0000-7000-8000-00000000000${agreementVersion}`, type: ContractsEvents.AgreementSigned.type, schemaVersion: 1,
    streamType: 'agreements', streamId: `agreements-${D}`, version: agreementVersion, dealerCode: D,
    occurredAt: '2026-01-01T00:00:00.000Z', recordedAt: '2026-01-01T00:00:00.000Z', data: data as never,
    metadata: { correlationId: 'c', causationId: null, actor: 'test' } };
};

describe("settlements' copy of the terms: the agreement in force on a date (the shared rule)", () => {
  let ctx: TestContext;
  let terms: TermsInForce;
  beforeAll(async () => {
    ctx = await createTestContext('termsinforce');
    const connection = connectionOn(ctx.db);
    const projection = TermsProjection.on(connection);
    terms = new MongooseTermsInForce(connection.model<AgreementTerms>(AgreementTerms.name, AgreementTermsSchema));
    await projection.ensureIndexes();
    // v1 runs two years; v2 amends the second half of 2026 only.
    await projection.apply([signed(1, '2026-01-01', '2027-12-31', 300), signed(2, '2026-07-01', '2026-12-31', 500)]);
  });
  afterAll(() => ctx.dispose());

  it('is version 1 before version 2 starts, and version 2 from its validFrom', async () => {
    expect((await terms.on(D, '2026-06-30'))?.agreementVersion).toBe(1);
    expect(await terms.on(D, '2026-08-03')).toMatchObject({ agreementVersion: 2, fundRateBp: 500 });
  });

  it('is none after version 2 ends: version 1 does not come back on 2027-03-01', async () => {
    expect(await terms.on(D, '2027-03-01')).toBeNull();
  });

  it('lists every version with its fund terms, oldest first', async () => {
    expect(await terms.versionsOf(D)).toEqual([
      { agreementVersion: 1, validFrom: '2026-01-01', validTo: '2027-12-31', fundModel: 'revenue-share', fundRateBp: 300 },
      { agreementVersion: 2, validFrom: '2026-07-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 500 },
    ]);
  });
});

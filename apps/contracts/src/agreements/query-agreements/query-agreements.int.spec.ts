import { loadServiceConfig, serviceMongo } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import { Test, TestingModule } from '@nestjs/testing';
import { PORTS, READ_MODELS } from '../../contracts.module';
import { AGREEMENT_VIEW, DEALER_VIEW } from '../../projection/contracts.projection';
import { ListAgreements, ListAgreementsHandler } from './query-agreements.handler';

const terms = { fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 0, carryAcrossYear: false };
const version = (agreementVersion: number, validFrom: string, validTo: string) => ({
  _id: `A0001#${agreementVersion}`, agreementId: `AG${agreementVersion}`, dealerCode: 'A0001', agreementVersion, validFrom, validTo, terms,
  signedAt: '2026-01-01T00:00:00.000Z',
});

/** The agreements query on the service's own connection (serviceMongo) and read model, without HTTP or Kafka. */
describe('agreements query', () => {
  let ctx: TestContext;
  let module: TestingModule;
  let query: ListAgreementsHandler;

  beforeAll(async () => {
    ctx = await createTestContext('queryagreements');
    const config = loadServiceConfig('contracts', 0, { MONGO_URL: ctx.mongoUrl, MONGO_DB: ctx.dbName });
    module = await Test.createTestingModule({ imports: [serviceMongo(config), READ_MODELS], providers: [...PORTS, ListAgreementsHandler] }).compile();
    await module.init();
    query = module.get(ListAgreementsHandler);
    await ctx.db.collection(DEALER_VIEW).insertOne({ _id: 'A0001', code: 'A0001' } as never);
    await ctx.db.collection(AGREEMENT_VIEW).insertMany([version(2, '2026-07-01', '2026-12-31'), version(1, '2026-01-01', '2027-12-31')] as never[]);
  });
  afterAll(async () => {
    await module?.close();
    await ctx?.dispose();
  });

  it('lists every version oldest first, without the read model _id', async () => {
    const list = await query.execute(new ListAgreements('A0001'));
    expect(list.items.map((v) => [v.agreementVersion, '_id' in v])).toEqual([[1, false], [2, false]]);
  });

  it('answers only the version in force on a date: version 1 does not come back after version 2 ends', async () => {
    const versionOn = async (date: string) => (await query.execute(new ListAgreements('A0001', date))).items.map((v) => v.agreementVersion);
    expect({ june: await versionOn('2026-06-30'), august: await versionOn('2026-08-03'), next: await versionOn('2027-03-01') })
      .toEqual({ june: [1], august: [2], next: [] });
  });

  it('refuses an unknown dealer, and an operator object as the dealer code, as not found', async () => {
    await expect(query.execute(new ListAgreements('A9999'))).rejects.toMatchObject({ kind: 'not-found', field: 'code' });
    await expect(query.execute(new ListAgreements({ $gt: '' } as unknown as string))).rejects.toMatchObject({ kind: 'not-found' });
  });
});

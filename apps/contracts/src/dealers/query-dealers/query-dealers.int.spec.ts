import { DomainError } from '@aftersales/event-sourcing';
import { loadServiceConfig, serviceMongo } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import { TestingModule, Test } from '@nestjs/testing';
import { PORTS, READ_MODELS } from '../../contracts.module';
import { DEALER_VIEW } from '../../projection/contracts.projection';
import { GetDealer, GetDealerHandler, ListDealers, ListDealersHandler } from './query-dealers.handler';

const dealer = (code: string, region: string) => ({
  _id: code, code, name: `Dealer ${code}`, region, serviceClass: 'far', timeZone: 'Asia/Shanghai', registeredAt: '2026-01-01T00:00:00.000Z',
});

/** The dealer queries on the service's own connection (serviceMongo) and read model, without HTTP or Kafka. */
describe('dealer queries', () => {
  let ctx: TestContext;
  let module: TestingModule;
  let get: GetDealerHandler;
  let list: ListDealersHandler;

  beforeAll(async () => {
    ctx = await createTestContext('querydealers');
    const config = loadServiceConfig('contracts', 0, { MONGO_URL: ctx.mongoUrl, MONGO_DB: ctx.dbName });
    module = await Test.createTestingModule({ imports: [serviceMongo(config), READ_MODELS], providers: [...PORTS, GetDealerHandler, ListDealersHandler] }).compile();
    await module.init();
    get = module.get(GetDealerHandler);
    list = module.get(ListDealersHandler);
    await ctx.db.collection(DEALER_VIEW).insertMany([dealer('D0001', 'north'), dealer('D0002', 'south'), dealer('D0003', 'south')] as never[]);
  });
  afterAll(async () => {
    await module?.close();
    await ctx?.dispose();
  });

  it('answers a dealer by code, without the read model _id', async () => {
    await expect(get.execute(new GetDealer('D0002'))).resolves.toEqual({
      code: 'D0002', name: 'Dealer D0002', region: 'south', serviceClass: 'far', timeZone: 'Asia/Shanghai', registeredAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('pages the dealers of a region in code order, with their total', async () => {
    const page = await list.execute(new ListDealers('south', 1, 1));
    expect({ total: page.total, codes: page.items.map((d) => d.code) }).toEqual({ total: 2, codes: ['D0003'] });
  });

  it('refuses an unknown code as not found', async () => {
    await expect(get.execute(new GetDealer('D9999'))).rejects.toMatchObject({ kind: 'not-found', field: 'code' });
  });

  describe('an operator object where a value belongs (as if validation had been bypassed)', () => {
    const operator = { $gt: '' } as unknown as string;

    it('is a value the driver would take as an operator: the same filter on the collection finds a dealer', async () => {
      // Why sanitizeFilter matters: this is what a read straight on the collection did.
      expect(await ctx.db.collection(DEALER_VIEW).findOne({ _id: operator as never })).toMatchObject({ code: 'D0001' });
    });

    it('matches no dealer by code: not found, never the first dealer', async () => {
      const outcome = await get.execute(new GetDealer(operator)).catch((error: unknown) => error);
      expect(outcome).toBeInstanceOf(DomainError);
      expect(outcome).toMatchObject({ kind: 'not-found' });
    });

    it('matches no dealer by region: an empty page, not every dealer', async () => {
      expect(await list.execute(new ListDealers({ $ne: 'nowhere' } as unknown as string))).toEqual({ total: 0, items: [] });
    });
  });
});

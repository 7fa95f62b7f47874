import { DomainError } from '@aftersales/event-sourcing';
import { loadServiceConfig, serviceMongo } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import { TestingModule, Test } from '@nestjs/testing';
import { PORTS, READ_MODELS } from '../../contracts.module';
import { DEALER_VIEW } from '../../projection/contracts.projection';
import { GetDealer, GetDealerHandler, ListDealers, ListDealersHandler } from './query-dealers.handler';

const dealer = (code: string, region: string, more: Record<string, string> = {}) => ({
  _id: code, code, name: `Dealer ${code}`, region, serviceClass: 'far', timeZone: 'Asia/Shanghai', registeredAt: '2026-01-01T00:00:00.000Z', ...more,
});
const codes = (page: { items: { code: string }[] }) => page.items.map((d) => d.code);

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
    await ctx.db.collection(DEALER_VIEW).insertMany([
      dealer('D0001', 'north'), dealer('D0002', 'south'), dealer('D0003', 'south'),
      dealer('D0010', 'east', { name: '華東辦公 (Shanghai) a.b*', registeredAt: '2026-03-01T00:00:00.000Z' }),
      dealer('D0011', 'east', { name: 'Sub of ten', parentDealerCode: 'D0010', registeredAt: '2025-06-01T00:00:00.000Z' }),
      dealer('D0012', 'west', { name: 'zeta sub', parentDealerCode: 'D0010', registeredAt: '2026-02-01T00:00:00.000Z' }),
    ] as never[]);
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
    const page = await list.execute(new ListDealers({ region: 'south' }, 'code', 1, 1));
    expect({ total: page.total, codes: codes(page) }).toEqual({ total: 2, codes: ['D0003'] });
  });

  it('finds text in the code or the name, in any letter case, taking every character literally', async () => {
    expect(codes(await list.execute(new ListDealers({ text: 'd001' })))).toEqual(['D0010', 'D0011', 'D0012']);
    expect(codes(await list.execute(new ListDealers({ text: 'SUB' })))).toEqual(['D0011', 'D0012']);
    expect(codes(await list.execute(new ListDealers({ text: '華東' })))).toEqual(['D0010']);
    expect(codes(await list.execute(new ListDealers({ text: '(shanghai) a.b*' })))).toEqual(['D0010']);
    expect(await list.execute(new ListDealers({ text: 'a.c' }))).toEqual({ total: 0, items: [] });
    expect(await list.execute(new ListDealers({ text: '.*' }))).toEqual({ total: 0, items: [] });
  });

  it('lists a dealer and its sub-dealers, with the other filters too', async () => {
    expect(codes(await list.execute(new ListDealers({ within: 'D0010' })))).toEqual(['D0010', 'D0011', 'D0012']);
    const page = await list.execute(new ListDealers({ within: 'D0010', region: 'east', text: 'sub' }));
    expect({ total: page.total, codes: codes(page) }).toEqual({ total: 1, codes: ['D0011'] });
    expect(codes(await list.execute(new ListDealers({ within: 'D0001' })))).toEqual(['D0001']);
    expect(await list.execute(new ListDealers({ within: 'D9999' }))).toEqual({ total: 0, items: [] });
  });

  it.each([
    ['name', ['D0001', 'D0002', 'D0003', 'D0011', 'D0012', 'D0010']],
    ['-code', ['D0012', 'D0011', 'D0010', 'D0003', 'D0002', 'D0001']],
    ['region', ['D0010', 'D0011', 'D0001', 'D0002', 'D0003', 'D0012']],
    ['-region', ['D0012', 'D0003', 'D0002', 'D0001', 'D0011', 'D0010']],
    ['registeredOn', ['D0011', 'D0001', 'D0002', 'D0003', 'D0012', 'D0010']],
    ['-registeredOn', ['D0010', 'D0012', 'D0003', 'D0002', 'D0001', 'D0011']],
  ] as const)('sorts by %s, ties by code in the same direction', async (sort, expected) => {
    expect(codes(await list.execute(new ListDealers({}, sort)))).toEqual(expected);
  });

  it('pages a sorted list without overlap, the total over all pages', async () => {
    const first = await list.execute(new ListDealers({}, '-registeredOn', 0, 4));
    const second = await list.execute(new ListDealers({}, '-registeredOn', 4, 4));
    expect({ totals: [first.total, second.total], codes: [...codes(first), ...codes(second)] })
      .toEqual({ totals: [6, 6], codes: ['D0010', 'D0012', 'D0003', 'D0002', 'D0001', 'D0011'] });
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
      expect(await list.execute(new ListDealers({ region: { $ne: 'nowhere' } as unknown as string }))).toEqual({ total: 0, items: [] });
    });

    it('matches no dealer by within: an empty page, not every dealer', async () => {
      expect(await list.execute(new ListDealers({ within: operator }))).toEqual({ total: 0, items: [] });
      expect(await list.execute(new ListDealers({ within: { $regex: '.' } as unknown as string }))).toEqual({ total: 0, items: [] });
    });

    it('an operator object for the sort orders by code', async () => {
      expect(codes(await list.execute(new ListDealers({}, { $natural: 1 } as never)))[0]).toBe('D0001');
    });
  });
});

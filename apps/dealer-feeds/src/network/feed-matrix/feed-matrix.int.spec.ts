import { TOPICS } from '@aftersales/integration-events';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { agreementSigned, dealerRegistered, publish } from '../../../testing/network-events';
import { DealerFeedsModule } from '../../dealer-feeds.module';

describe('GET /feed-matrix: dealers × months × kinds, filtered and bounded', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const matrix = (query: string) => request(svc.http).get(`/feed-matrix?${query}`);

  beforeAll(async () => {
    ctx = await createTestContext('feedmatrix');
    svc = await startService(ctx, 'dealer-feeds', DealerFeedsModule.register);
    await publish(ctx, svc.infra, TOPICS.contracts, [
      dealerRegistered('D0821', 'Asia/Shanghai', 'north'), dealerRegistered('D0821-S1', 'Asia/Shanghai', 'north', 'D0821'),
      dealerRegistered('D0822', 'Asia/Taipei', 'south'), agreementSigned('D0821', 1, '2030-01-01', '2030-12-31'),
    ]);
    await eventually(() => matrix('from=2030-01&to=2030-01'), (r) => r.body.total === 3);
  }, 120_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('answers every month × kind of each dealer of the page, nothing submitted yet being missing', async () => {
    const { body } = await matrix('from=2030-11&to=2031-02').expect(200);
    expect(body).toMatchObject({ from: '2030-11', to: '2031-02', months: ['2030-11', '2030-12', '2031-01', '2031-02'], total: 3 });
    expect(body.kinds).toEqual(['repairs', 'parts', 'sales', 'warranty-cards', 'satisfaction', 'opinions']);
    expect(body.dealers.map((d: { dealerCode: string }) => d.dealerCode)).toEqual(['D0821', 'D0821-S1', 'D0822']);
    expect(body.dealers[0].cells).toHaveLength(24);
    expect(body.dealers[0].cells[0]).toEqual({ period: '2030-11', kind: 'repairs', status: 'missing', rejections: 0 });
  });

  it('says not-due for a month no agreement of the dealer covers (after it ends, or a dealer without one)', async () => {
    const { body } = await matrix('from=2030-12&to=2031-01').expect(200);
    const statuses = (code: string) => [...new Set(body.dealers.find((d: { dealerCode: string }) => d.dealerCode === code).cells
      .map((c: { period: string; status: string }) => `${c.period} ${c.status}`))];
    expect(statuses('D0821')).toEqual(['2030-12 missing', '2031-01 not-due']);
    expect(statuses('D0822')).toEqual(['2030-12 not-due', '2031-01 not-due']);
  });

  it('filters by region, by a dealer and its sub-dealers (within), and pages the dealers', async () => {
    const codes = async (q: string) => (await matrix(`from=2030-01&to=2030-01&${q}`).expect(200)).body.dealers.map((d: { dealerCode: string }) => d.dealerCode);
    expect(await codes('region=south')).toEqual(['D0822']);
    expect(await codes('within=D0821')).toEqual(['D0821', 'D0821-S1']);
    expect(await codes('within=D0821-S1')).toEqual(['D0821-S1']);
    expect(await codes('skip=1&limit=1')).toEqual(['D0821-S1']);
    expect((await matrix('from=2030-01&to=2030-01&within=D0899').expect(200)).body).toMatchObject({ total: 0, dealers: [] });
  });

  it('refuses a range that ends before it starts, or runs longer than 12 months, with 422 naming to', async () => {
    const backwards = await matrix('from=2030-05&to=2030-04').expect(422);
    expect(backwards.body.problems[0]).toMatchObject({ field: 'to' });
    const long = await matrix('from=2030-01&to=2031-01').expect(422);
    expect(long.body.message).toMatch(/13 months; at most 12/);
    await matrix('from=2030-01&to=2030-12').expect(200);
  });

  it('refuses a malformed month, dealer code or page with 400 naming the field', async () => {
    const fields = async (q: string) => (await matrix(q).expect(400)).body.problems.map((p: { field: string }) => p.field);
    expect(await fields('from=2030-13&to=2030-12')).toEqual(['from']);
    expect(await fields('to=2030-12')).toEqual(['from']);
    expect(await fields('from=2030-01&to=2030-1')).toEqual(['to']);
    expect(await fields('from=2030-01&to=2030-02&within=d 1')).toEqual(['within']);
    expect(await fields('from=2030-01&to=2030-02&limit=0')).toEqual(['limit']);
  });
});

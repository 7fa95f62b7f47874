import { flagIdOf, FlagRuleName } from '@aftersales/dealer-feeds-domain';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { ContractsFacts, recorded, submitFeed, withdrawn } from '../../testing/flag-facts';
import { DealerFeedsModule } from '../dealer-feeds.module';

const repair = (recordNo: string, serialNo: string) => recorded(recordNo, {
  record_no: recordNo, serial_no: serialNo, model: 'P-200', reported_at: '2026-09-03T01:15:00.000Z', resolved_at: '2026-09-03T05:00:00.000Z',
  fault_level: 2, fault_code: 'E12', technician_id: 'T-001',
});
const card = (cardNo: string, serialNo: string, saleDate = '2026-09-02') =>
  recorded(cardNo, { card_no: cardNo, serial_no: serialNo, model: 'P-200', sale_date: saleDate, customer_name: '王先生' });
const sale = (serialNo: string, saleDate: string) => recorded(serialNo, { serial_no: serialNo, model: 'P-200', sale_date: saleDate });
const part = (recordNo: string, partNo: string) => recorded(`${recordNo}|${partNo}`, { record_no: recordNo, part_no: partNo, qty: 1 });

describe('cross-feed flags: raised from the feeds and contracts events, explained, cleared, dismissed', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let contracts: ContractsFacts;
  const flagOf = (rule: FlagRuleName, dealer: string, subject: string) => request(svc.http).get(`/dealers/${dealer}/feed-flags/${flagIdOf(rule, dealer, subject)}`);
  const statusOf = (rule: FlagRuleName, dealer: string, subject: string, status: string) =>
    eventually(() => flagOf(rule, dealer, subject), (r) => r.status === 200 && r.body.status === status);

  beforeAll(async () => {
    ctx = await createTestContext('feedflags');
    svc = await startService(ctx, 'dealer-feeds', DealerFeedsModule.register);
    contracts = new ContractsFacts(ctx, svc.infra);
    // D0002-S1 is a sub-dealer (分銷商) of D0002.
    for (const [code, parent] of [['D0001'], ['D0002'], ['D0002-S1', 'D0002'], ['D0003']]) await contracts.dealer(code, parent);
  }, 90_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('raises repair-on-unknown-serial with the repair row as evidence, and clears it when the delivery arrives after the repair', async () => {
    const submissionId = await submitFeed(svc.infra, 'D0001', '2026-09', 'repairs', 1, [repair('R-1', 'SN-UNKNOWN'), repair('R-2', 'SN-A')]);
    const raised = await statusOf('repair-on-unknown-serial', 'D0001', 'SN-UNKNOWN', 'open');
    expect(raised.body).toMatchObject({ dealerCode: 'D0001', period: '2026-09', rule: 'repair-on-unknown-serial', subject: 'SN-UNKNOWN', evidence: [
      { source: 'feed', dealerCode: 'D0001', submissionId, version: 1, kind: 'repairs', key: 'R-1' },
      { source: 'contracts', key: 'SN-UNKNOWN', detail: 'never delivered nor registered' },
    ] });
    await contracts.delivered('SN-UNKNOWN', 'D0001', '2026-08-20');
    const cleared = await statusOf('repair-on-unknown-serial', 'D0001', 'SN-UNKNOWN', 'cleared');
    expect(cleared.body.history.map((h: { event: string; by: string }) => [h.event, h.by])).toEqual([['raised', 'dealer-feeds.flags'], ['cleared', 'dealer-feeds.flags']]);
  });

  it('raises card-for-other-dealers-unit for a card of a unit delivered to another dealer, not within a dealer and its sub-dealer', async () => {
    await contracts.delivered('SN-B', 'D0001', '2026-08-01');
    await contracts.delivered('SN-S', 'D0002-S1', '2026-08-01');
    await submitFeed(svc.infra, 'D0003', '2026-09', 'warranty-cards', 1, [card('C-31', 'SN-B')]);
    await submitFeed(svc.infra, 'D0002', '2026-09', 'warranty-cards', 1, [card('C-21', 'SN-S')]);
    const flag = await statusOf('card-for-other-dealers-unit', 'D0003', 'SN-B', 'open');
    expect(flag.body.evidence).toEqual([expect.objectContaining({ kind: 'warranty-cards', key: 'C-31' }),
      { source: 'contracts', key: 'SN-B', detail: 'delivered to D0001 on 2026-08-01' }]);
    await statusOf('repair-on-unknown-serial', 'D0001', 'SN-A', 'open'); // the D0002 card has been evaluated by now too
    expect((await flagOf('card-for-other-dealers-unit', 'D0002', 'SN-S')).status).toBe(404);
  });

  it('raises dated-before-delivery for a sale dated before the unit reached the dealer', async () => {
    await contracts.delivered('SN-C', 'D0001', '2026-09-10');
    await submitFeed(svc.infra, 'D0001', '2026-09', 'sales', 1, [sale('SN-C', '2026-09-05')]);
    const flag = await statusOf('dated-before-delivery', 'D0001', 'SN-C', 'open');
    expect(flag.body.evidence[0]).toMatchObject({ kind: 'sales', key: 'SN-C', detail: 'sale_date 2026-09-05' });
  });

  it('raises parts-without-repair, clears it when the repair comes, raises it again when the repair is withdrawn', async () => {
    await submitFeed(svc.infra, 'D0002', '2026-09', 'parts', 1, [part('R-9', 'P-100'), part('R-9', 'P-200')]);
    expect((await statusOf('parts-without-repair', 'D0002', 'R-9', 'open')).body.evidence.map((e: { key: string }) => e.key)).toEqual(['R-9|P-100', 'R-9|P-200']);
    await submitFeed(svc.infra, 'D0002', '2026-09', 'repairs', 1, [repair('R-9', 'SN-B')]);
    await statusOf('parts-without-repair', 'D0002', 'R-9', 'cleared');
    await submitFeed(svc.infra, 'D0002', '2026-09', 'repairs', 2, [withdrawn('R-9')]);
    const again = await statusOf('parts-without-repair', 'D0002', 'R-9', 'open');
    expect(again.body.history.map((h: { event: string }) => h.event)).toEqual(['raised', 'cleared', 'raised']);
  });

  it('raises serial-carded-by-two-dealers for each dealer, counting a card entered by hand', async () => {
    await submitFeed(svc.infra, 'D0001', '2026-09', 'warranty-cards', 1, [card('C-11', 'SN-D')]);
    await contracts.registered('SN-D', 'D0003', 'M-1');
    const flag = await statusOf('serial-carded-by-two-dealers', 'D0001', 'SN-D', 'open');
    expect(flag.body.evidence).toEqual([expect.objectContaining({ key: 'C-11' }), expect.objectContaining({ source: 'contracts', detail: expect.stringContaining('M-1 of D0003') })]);
    await statusOf('serial-carded-by-two-dealers', 'D0003', 'SN-D', 'open');
  });

  it('lists flags by dealer, month, rule and status, a page at a time', async () => {
    const list = (query: string) => request(svc.http).get(`/feed-flags${query}`).expect(200);
    const open = await list('?status=open&dealerCode=D0001');
    expect(open.body.flags.map((f: { rule: string; subject: string }) => `${f.rule} ${f.subject}`).sort())
      .toEqual(['dated-before-delivery SN-C', 'repair-on-unknown-serial SN-A', 'serial-carded-by-two-dealers SN-D']);
    expect((await list('?rule=parts-without-repair')).body).toMatchObject({ total: 1, flags: [{ dealerCode: 'D0002', subject: 'R-9' }] });
    expect((await list('?status=cleared&period=2026-09')).body.total).toBe(1);
    expect((await list('?period=2026-08')).body).toEqual({ flags: [], total: 0 });
    expect((await list('?limit=1&skip=1')).body.flags).toHaveLength(1);
  });

  it('rebuilds each flags read model from events to the documents the live feeds wrote, deciding no flag on the way', async () => {
    const collections = ['flag_feed_rows', 'flag_units', 'flag_dealers', 'feed_flags'];
    const snapshot = () => Promise.all(collections.map((name) => svc.infra.db.collection(name).find().sort({ _id: 1 }).toArray()));
    const flagEvents = () => svc.infra.store.commits.countDocuments({ streamType: 'flag' });
    const [live, decided] = [await snapshot(), await flagEvents()];
    for (const projection of ['flag-feed-rows', 'flag-units', 'feed-flags']) {
      const started = await request(svc.http).post('/admin/rebuilds').send({ projection }).expect(202);
      const done = await eventually(async () => (await request(svc.http).get(`/admin/rebuilds/${started.body._id}`)).body, (r) => ['succeeded', 'failed'].includes(r.state), 60_000);
      expect([projection, done.state]).toEqual([projection, 'succeeded']);
    }
    expect(await snapshot()).toEqual(live);
    expect(await flagEvents()).toBe(decided);
  }, 120_000);

  it.each([
    ['dealerCode', '?dealerCode=d1'],
    ['dealerCode[$gt]', '?dealerCode[$gt]='],
    ['period', '?period=2026-13'],
    ['rule', '?rule=anything'],
    ['status', '?status=closed'],
    ['limit', '?limit=0'],
    ['colour', '?colour=red'],
  ])('GET /feed-flags refuses a bad %s (%s) with 400 naming it', async (field, query) => {
    const res = await request(svc.http).get(`/feed-flags${query}`).expect(400);
    expect(res.body.problems.map((p: { field: string }) => p.field)).toContain(field);
  });
});

import { relevant } from '@aftersales/event-store-mongo';
import { EventEnvelope, SettlementsEvents } from '@aftersales/integration-events';
import { connectionOn } from '@aftersales/mongo';
import { createTestContext, TestContext } from '@aftersales/testing';
import { DEALERS } from '../terms/terms.projection';
import { FUND_BALANCES, FundBalanceProjection, fundBalanceId } from './fund-balance.projection';

const accrued = (dealer: string, version: number): EventEnvelope => ({
  eventId: `00000000-0000-7000-8000-${String(version).padStart(6, '0')}${dealer.slice(-6).padStart(6, '0')}`,
  type: SettlementsEvents.FundAccrued.type, schemaVersion: 1, streamType: 'fund', streamId: `fund-${dealer}-2026Q3`,
  version, dealerCode: dealer, occurredAt: '2026-08-01T00:00:00.000Z', recordedAt: `2026-08-01T00:00:${String(version % 60).padStart(2, '0')}.000Z`,
  data: { dealerCode: dealer, quarter: '2026Q3', fundModel: 'revenue-share', paymentId: `P${version}`, paymentFen: 100,
    fundRateBp: 300, agreementVersion: 1, paymentsFen: 100 * version, accrualFen: 3 * version, accrualDeltaFen: 3 },
  metadata: { correlationId: 'c', causationId: null, actor: 'test' },
});

describe('fund balance projection under a backlog', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await createTestContext('fundbacklog')));
  afterAll(() => ctx.dispose());

  it('applies 500 events of 20 funds in one batch: the newest version of each fund wins, out of order and repeated', async () => {
    const dealers = Array.from({ length: 20 }, (_, i) => `D9${String(i).padStart(3, '0')}`);
    const events = dealers.flatMap((d) => Array.from({ length: 25 }, (_, v) => accrued(d, v + 1)));
    const shuffled = [...events].sort((a, b) => (a.eventId < b.eventId ? 1 : -1)); // newest first
    const projection = FundBalanceProjection.on(connectionOn(ctx.db));
    await projection.apply(shuffled);
    await projection.apply(events.slice(0, 100)); // a redelivered, older tail changes nothing
    const docs = await ctx.db.collection(FUND_BALANCES).find({}).sort({ _id: 1 }).toArray();
    const totals = docs.map((d) => ({ _id: d._id, version: d['version'], paymentsFen: d['paymentsFen'], accrualFen: d['accrualFen'] }));
    expect(totals).toEqual(dealers.map((d) => ({ _id: fundBalanceId(d, '2026Q3'), version: 25, paymentsFen: 2_500, accrualFen: 75 })));
  });

  it('reflects a re-rating: the correction carries the quarter totals, and a newer accrual still wins', async () => {
    const dealer = 'D9900';
    const reRated: EventEnvelope = { ...accrued(dealer, 3), type: SettlementsEvents.FundReRated.type,
      eventId: '00000000-0000-7000-8000-000003999900',
      data: { dealerCode: dealer, quarter: '2026Q3',
        agreementVersions: [{ agreementVersion: 1, validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 500 }],
        payments: [{ paymentId: 'P1', paymentFen: 100, receivedOn: '2026-08-01', from: { agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 },
          to: { agreementVersion: 2, fundModel: 'revenue-share', fundRateBp: 500 } }],
        paymentsFen: 200, accrualFen: 8, accrualDeltaFen: 2 } };
    const termsUpdated: EventEnvelope = { ...reRated, type: SettlementsEvents.FundTermsUpdated.type, version: 4,
      eventId: '00000000-0000-7000-8000-000004999900', data: { dealerCode: dealer, quarter: '2026Q3', agreementVersions: reRated.data['agreementVersions'] } };
    const projection = FundBalanceProjection.on(connectionOn(ctx.db));
    // As the service feeds it: only the event types it handles (FundTermsUpdated changes no total).
    const feed = (events: EventEnvelope[]) => projection.apply(relevant(projection, events));
    await feed([accrued(dealer, 1), accrued(dealer, 2), reRated, termsUpdated]);
    await feed([accrued(dealer, 2)]); // an older event changes nothing
    const doc = await ctx.db.collection(FUND_BALANCES).findOne({ _id: `${dealer}|2026Q3` as never });
    expect(doc).toMatchObject({ version: 3, paymentsFen: 200, accrualFen: 8, balanceFen: 8 });
  });

  it("keeps the dealer's region on its funds, from the dealers settlements knows; none for a dealer it does not know", async () => {
    await ctx.db.collection(DEALERS).insertOne({ _id: 'R0001', region: 'east', timeZone: 'Asia/Shanghai' } as never);
    const projection = FundBalanceProjection.on(connectionOn(ctx.db));
    await projection.apply([accrued('R0001', 1), accrued('R0002', 1)]);
    const docs = await ctx.db.collection(FUND_BALANCES).find({ dealerCode: { $in: ['R0001', 'R0002'] } }).sort({ _id: 1 }).toArray();
    expect(docs.map((d) => ({ dealerCode: d['dealerCode'], region: d['region'] }))).toEqual([{ dealerCode: 'R0001', region: 'east' }, { dealerCode: 'R0002' }]);
  });
});

import { ContractsEvents, EventEnvelope } from '@aftersales/integration-events';
import { connectionOn } from '@aftersales/mongo';
import { createTestContext, TestContext } from '@aftersales/testing';
import { TermsProjection } from './terms.projection';

const registered = (code: string): EventEnvelope => ({
  eventId: `00000000-0000-7000-8000-${code.slice(-12).padStart(12, '0')}`,
  type: ContractsEvents.DealerRegistered.type, schemaVersion: 1, streamType: 'dealer', streamId: `dealer-${code}`, version: 1,
  dealerCode: code, occurredAt: '2026-08-01T00:00:00.000Z', recordedAt: '2026-08-01T00:00:00.000Z',
  data: { code, name: `Dealer ${code}`, region: 'east', serviceClass: 'A', timeZone: 'Asia/Shanghai' },
  metadata: { correlationId: 'c', causationId: null, actor: 'test' },
});

/**
 * The terms read model is written by two consumer groups at once: its own, and fund re-rating,
 * which stores a signed version's terms before it re-rates. Two upserts of a new _id at the
 * same moment: one inserts, the other gets a duplicate key (MongoDB and FerretDB alike).
 */
describe('the terms read model written by two consumers at once', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await createTestContext('termsrace')));
  afterAll(() => ctx.dispose());

  it('stores each dealer once, and neither writer fails on the other one\'s insert', async () => {
    const [a, b] = [TermsProjection.on(connectionOn(ctx.db)), TermsProjection.on(connectionOn(ctx.db))];
    for (let round = 0; round < 20; round++) {
      const events = Array.from({ length: 10 }, (_, i) => registered(`R${String(round).padStart(2, '0')}${i}`));
      await expect(Promise.all([a.apply(events), b.apply(events)])).resolves.toBeDefined();
    }
    expect(await ctx.db.collection('dealers').countDocuments()).toBe(200);
  });
});

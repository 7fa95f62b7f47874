import { defineEvent, defineUpcaster, EventEnvelope } from '@aftersales/integration-events';
import { createTestContext, TestContext } from '@aftersales/testing';
import { IsIn, IsInt, IsString } from 'class-validator';
import { MongoEventStore } from './mongo-event-store';
import { Projection, rebuildProjection } from './projection';

/** Test-only event: v1 counted whole yuan, v2 counts fen. */
class GadgetV1 { @IsString() name!: string; @IsInt() amountYuan!: number }
class GadgetV2 { @IsString() name!: string; @IsInt() amountFen!: number; @IsIn(['fen']) unit!: 'fen' }
defineEvent('test.RebuiltGadget', 1, GadgetV1);
defineEvent('test.RebuiltGadget', 2, GadgetV2);
defineUpcaster('test.RebuiltGadget', 1, ({ amountYuan, ...rest }) => ({ ...rest, amountFen: Number(amountYuan) * 100, unit: 'fen' }));

const recorder = (): Projection & { seen: EventEnvelope[] } => ({
  name: 'recorder',
  seen: [],
  handles: new Set(['test.RebuiltGadget']),
  async apply(events) {
    this.seen.push(...events);
  },
});

describe('rebuildProjection', () => {
  let ctx: TestContext;
  let store: MongoEventStore;
  beforeAll(async () => {
    ctx = await createTestContext('rebuild-proj');
    store = new MongoEventStore(ctx.db);
    // Written before v2 existed: stored as v1, as a consumer of the topic would never see it.
    const events = [1, 2, 3].map((version) => ({
      eventId: `e${version}`, type: 'test.RebuiltGadget', schemaVersion: 1, streamType: 'gadget', streamId: 'g-1', version,
      dealerCode: 'D0001', occurredAt: '2026-07-01T08:00:00.000Z', recordedAt: '2026-07-01T08:00:01.000Z',
      data: { name: `n${version}`, amountYuan: version }, metadata: { correlationId: 'c', causationId: null, actor: 'test' },
    }));
    await store.commits.insertOne({ _id: 'g-1@1', streamId: 'g-1', streamType: 'gadget', dealerCode: 'D0001', firstVersion: 1,
      lastVersion: 3, events, published: true, recordedAt: '2026-07-01T08:00:01.000Z' });
  });
  afterAll(() => ctx.dispose());

  it('hands the projection every event upcast to the newest schema, as consumers receive them', async () => {
    const projection = recorder();
    expect(await rebuildProjection(store, projection)).toBe(3);
    expect(projection.seen.map((e) => [e.schemaVersion, e.data])).toEqual([
      [2, { name: 'n1', amountFen: 100, unit: 'fen' }], [2, { name: 'n2', amountFen: 200, unit: 'fen' }], [2, { name: 'n3', amountFen: 300, unit: 'fen' }],
    ]);
  });

  it('tells its progress after each chunk', async () => {
    const counts: number[] = [];
    await rebuildProjection(store, recorder(), { chunk: 2, onApplied: (n) => counts.push(n) });
    expect(counts).toEqual([3, 3]);
  });
});

import { rebuildProjection } from '@aftersales/event-store-mongo';
import { FeedsEvents, TOPICS } from '@aftersales/integration-events';
import { connectionOn } from '@aftersales/mongo';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { agreementSigned, dealerRegistered, publish } from '../../../testing/network-events';
import { DealerFeedsModule } from '../../dealer-feeds.module';
import { FEED_MATRIX, FeedMatrixProjection } from '../read-models/feed-matrix.projection';
import { FeedNetwork } from '../feed-network.port';
import { OverdueScheduler } from './overdue-scheduler';

const LA = 'D0811';
const at = new Date().toISOString();
const meta = { metadata: { correlationId: 'test', causationId: null, actor: 'test' }, occurredAt: at, recordedAt: at };
const submission = (kind: string, n: number) => ({ submissionId: `S-${kind}-${n}`, dealerCode: LA, period: '2030-01', kind });

describe('overdue feeds (docs/feeds.md "Due dates, overdue and the matrix"): a dealer in Los Angeles, January 2030 due on 10 February', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let scheduler: OverdueScheduler;
  /** The submissions' own stream, as the intake writes it. */
  const submit = async (kind: string, type: 'SubmissionAccepted' | 'SubmissionRejected', data: object) => {
    const streamId = `feed-${LA}-2030-01-${kind}`;
    const { version } = await svc.infra.store.read(streamId);
    await svc.infra.store.append({ streamType: 'feed', streamId, dealerCode: LA }, version, [{ type: FeedsEvents[type].type, data }], meta);
  };
  const file = { contentHash: 'a'.repeat(64), fileName: 'jan.csv', receivedAt: '2030-02-05T01:00:00.000Z' };
  const accepted = (kind: string, late: boolean) => submit(kind, 'SubmissionAccepted', { ...submission(kind, 1), ...file, version: 1, format: 'csv', late,
    dueDate: '2030-02-10', rows: 1, recorded: 1, corrected: 0, withdrawn: 0, warnings: 0, chunks: 0 });
  const overdueEvents = () => svc.infra.db.collection('events').countDocuments({ 'events.type': FeedsEvents.FeedOverdue.type });
  const cells = async () => (await request(svc.http).get(`/feed-matrix?from=2030-01&to=2030-02&within=${LA}`).expect(200)).body.dealers[0].cells as { period: string; kind: string; status: string; version?: number; rejections: number }[];

  beforeAll(async () => {
    ctx = await createTestContext('overdue');
    svc = await startService(ctx, 'dealer-feeds', DealerFeedsModule.register);
    scheduler = svc.app.get(OverdueScheduler);
    await publish(ctx, svc.infra, TOPICS.contracts, [dealerRegistered(LA, 'America/Los_Angeles', 'west'), agreementSigned(LA, 1, '2030-01-01', '2030-12-31', 10)]);
    await eventually(() => svc.app.get(FeedNetwork).deadlineOf(LA, '2030-01'), (deadline) => deadline?.dueDate === '2030-02-10', 60_000);
    await accepted('repairs', false);
    await submit('sales', 'SubmissionRejected', { ...submission('sales', 1), ...file, errors: 3, warnings: 0 });
  }, 120_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('records nothing on the due date on the dealer\'s calendar: 07:00 UTC on the 11th is still the 10th in Los Angeles', async () => {
    expect(await scheduler.check(new Date('2030-02-11T07:00:00Z'))).toEqual([]);
  });

  it('records each kind without an accepted version overdue once from the day after, a rejected one included, with two checks at once', async () => {
    const now = new Date('2030-02-11T08:30:00Z'); // 00:30 on the 11th in Los Angeles
    const [a, b] = await Promise.all([scheduler.check(now), scheduler.check(now)]);
    const recorded = [...a, ...b].map((d) => d.kind).sort();
    expect(recorded).toEqual(['opinions', 'parts', 'sales', 'satisfaction', 'warranty-cards']); // not repairs: accepted
    expect([...a, ...b].every((d) => d.dueDate === '2030-02-10' && d.today === '2030-02-11')).toBe(true);
    expect(await overdueEvents()).toBe(5);
  });

  it('records nothing more on a later check, once the matrix shows them, nor before that', async () => {
    expect(await scheduler.check(new Date('2030-02-12T12:00:00Z'))).toEqual([]);
    await eventually(cells, (c) => c.filter((x) => x.status === 'overdue').length === 5);
    expect(await scheduler.check(new Date('2030-02-13T12:00:00Z'))).toEqual([]);
    expect(await overdueEvents()).toBe(5);
  });

  it('shows the month in the matrix: repairs accepted with its version, sales overdue after its rejection, February missing', async () => {
    await accepted('parts', true);
    const matrix = await eventually(cells, (c) => c.some((x) => x.kind === 'parts' && x.status === 'late'));
    const jan = Object.fromEntries(matrix.filter((c) => c.period === '2030-01').map((c) => [c.kind, c]));
    expect(jan['repairs']).toMatchObject({ status: 'accepted', version: 1, rejections: 0 });
    expect(jan['parts']).toMatchObject({ status: 'late', version: 1 });
    expect(jan['sales']).toMatchObject({ status: 'overdue', rejections: 1, dueDate: '2030-02-10' });
    expect(matrix.filter((c) => c.period === '2030-02').every((c) => c.status === 'missing')).toBe(true);
  });

  it('runs a check now on POST /admin/overdue-checks (internal), recording nothing already recorded', async () => {
    const { body } = await request(svc.http).post('/admin/overdue-checks').send({}).expect(200);
    expect(body).toEqual({ recorded: [] }); // today is before 2030: nothing of 2030 is due yet
  });

  it('rebuilds the matrix from the service\'s events alone into the same cells', async () => {
    const rebuilt = ctx.mongo.db(`${ctx.dbName}_matrix_rebuild`);
    await rebuildProjection(svc.infra.store, FeedMatrixProjection.on(connectionOn(rebuilt)));
    const live = await svc.infra.db.collection(FEED_MATRIX).find({}).sort({ _id: 1 }).toArray();
    expect(await rebuilt.collection(FEED_MATRIX).find({}).sort({ _id: 1 }).toArray()).toEqual(live);
    expect(live.length).toBe(6);
    await rebuilt.dropDatabase();
  });
});

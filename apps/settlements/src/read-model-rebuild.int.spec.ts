import { rebuildProjection } from '@aftersales/event-store-mongo';
import { TOPICS } from '@aftersales/integration-events';
import { connectionOn } from '@aftersales/mongo';
import { RebuildRecords, replayTopic, ServiceUnderTest, startService, topicOffsets } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { Db } from 'mongodb';
import { execFile } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { FUND_BALANCES, FundBalanceProjection } from './funds/fund-balance.projection';
import { PAYMENTS, PaymentsProjection } from './payments/payments.projection';
import { SettlementsModule } from './settlements.module';
import { AGREEMENT_TERMS, DEALERS, TermsProjection } from './terms/terms.projection';
import { publishContractsEvents, REVENUE_SHARE_TERMS } from '../testing/contracts-feed';

jest.setTimeout(180_000);

// Every payment opens a fund of its own (dealer × quarter): a lost accrual would stay lost,
// not be hidden by a later one carrying the same fund's totals.
const DEALER_CODES = Array.from({ length: 40 }, (_, i) => `RB${String(i).padStart(3, '0')}`);
const QUARTER_DAYS = ['2026-02-10', '2026-05-10', '2026-08-10', '2026-11-10'];
const funds = DEALER_CODES.flatMap((dealerCode) => QUARTER_DAYS.map((receivedOn) => ({ dealerCode, receivedOn })));

const sorted = (db: Db, name: string) => db.collection(name).find().sort({ _id: 1 }).toArray();
const indexKeys = async (db: Db, name: string) => (await db.collection(name).listIndexes().toArray()).map((i) => i.key);

describe('rebuilding a read model while the service runs (POST /admin/rebuilds)', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let paid = 0;
  let payments = 0;
  const pay = async (n: number) => {
    const { dealerCode, receivedOn } = funds[n % funds.length];
    const res = await request(svc.http).post('/payments').send({ paymentId: `RB-${n}`, dealerCode, receivedOn, amountFen: 10_000 + n });
    if (res.status !== 201) throw new Error(`payment ${n}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
    paid += 10_000 + n;
    payments++;
  };
  const rebuild = async (projection: string) => {
    const started = await request(svc.http).post('/admin/rebuilds').send({ projection }).expect(202);
    return eventually(async () => (await request(svc.http).get(`/admin/rebuilds/${started.body._id}`)).body, (r) => r.state === 'succeeded' || r.state === 'failed', 120_000);
  };
  const settled = () => eventually(async () => {
    const unpublished = await svc.infra.store.commits.countDocuments({ published: false });
    const balances = await svc.infra.db.collection<{ paymentsFen: number }>(FUND_BALANCES).find().toArray();
    return { unpublished, counted: balances.reduce((sum, b) => sum + b.paymentsFen, 0), paid };
  }, (s) => s.unpublished === 0 && s.counted === s.paid, 60_000);

  beforeAll(async () => {
    ctx = await createTestContext('rebuild');
    svc = await startService(ctx, 'settlements', SettlementsModule.register);
    await publishContractsEvents(ctx, svc.infra, DEALER_CODES.map((code) => ({ code, terms: REVENUE_SHARE_TERMS, validFrom: '2026-01-01', validTo: '2026-12-31' })));
    await eventually(() => svc.infra.db.collection(AGREEMENT_TERMS).countDocuments(), (n) => n === DEALER_CODES.length);
  }, 120_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('lists the read models and where a rebuild reads their events', async () => {
    const res = await request(svc.http).get('/admin/read-models').expect(200);
    expect(res.body).toEqual([
      { name: 'fund-balance', collections: [FUND_BALANCES], topic: TOPICS.settlements, source: 'store' },
      { name: 'invoice-lines', collections: ['invoice_lines'], topic: TOPICS.settlements, source: 'store' },
      { name: 'payments', collections: [PAYMENTS], topic: TOPICS.settlements, source: 'store' },
      { name: 'terms', collections: [DEALERS, AGREEMENT_TERMS], topic: TOPICS.contracts, source: 'topic' },
    ]);
  });

  it('rebuilds the fund balances while payments keep arriving: every payment answered, and the result equals a rebuild from scratch', async () => {
    for (let n = 0; n < 80; n++) await pay(n); // events for the replay to chew on
    let next = 80;
    let rebuilding = true;
    const stream = (async () => {
      while (rebuilding || next < 120) await pay(next++);
    })();
    const record = await rebuild('fund-balance');
    rebuilding = false;
    await stream;
    await settled();

    expect(record).toMatchObject({ state: 'succeeded', phase: 'done', projection: 'fund-balance', source: 'store' });
    expect(record.eventsReplayed).toBeGreaterThan(0);
    expect(record.eventsCaughtUp).toBeGreaterThan(0); // payments landed between the replay's start and the switch
    expect(next).toBeGreaterThan(80);
    // A plain client (no ignoreUndefined) rebuilding from scratch writes the same documents.
    const scratch = ctx.mongo.db(`${ctx.dbName}_scratch_funds`);
    await rebuildProjection(svc.infra.store, FundBalanceProjection.on(connectionOn(scratch), svc.infra.connection));
    expect(await sorted(svc.infra.db, FUND_BALANCES)).toEqual(await sorted(scratch, FUND_BALANCES));
    expect(await svc.infra.db.listCollections({ name: /__(rebuild|old)_/ }).toArray()).toEqual([]);
  });

  it('rebuilds the payment list while payments keep arriving: one entry per payment, equal to a rebuild from scratch', async () => {
    let rebuilding = true;
    let n = 500;
    const stream = (async () => {
      while (rebuilding) await pay(n++);
    })();
    const record = await rebuild('payments');
    rebuilding = false;
    await stream;
    await settled();
    const live = await eventually(() => sorted(svc.infra.db, PAYMENTS), (docs) => docs.length === payments, 30_000);

    expect(record).toMatchObject({ state: 'succeeded', phase: 'done', projection: 'payments', source: 'store' });
    const scratch = ctx.mongo.db(`${ctx.dbName}_scratch_payments`);
    await rebuildProjection(svc.infra.store, PaymentsProjection.on(connectionOn(scratch), svc.infra.connection));
    expect(await sorted(scratch, PAYMENTS)).toEqual(live);
    expect(n).toBeGreaterThan(500);
  });

  it('rebuilds the terms from contracts\' topic while payments read them, keeps their indexes, and equals a plain client\'s replay', async () => {
    const indexesBefore = await indexKeys(svc.infra.db, AGREEMENT_TERMS);
    let rebuilding = true;
    let n = 1_000;
    // Each payment and fund query looks its dealer up: none may miss it while the collections switch.
    const readers = Array.from({ length: 4 }, async () => {
      while (rebuilding) await request(svc.http).get(`/funds/${DEALER_CODES[n % DEALER_CODES.length]}`).expect(200);
    });
    const stream = Promise.all([...readers, (async () => {
      while (rebuilding) await pay(n++);
    })()]);
    const record = await rebuild('terms');
    rebuilding = false;
    await stream;
    await settled();

    expect(n).toBeGreaterThan(1_000);
    expect(record).toMatchObject({ state: 'succeeded', source: `topic ${TOPICS.contracts}`, eventsReplayed: 2 * DEALER_CODES.length });
    expect(await indexKeys(svc.infra.db, AGREEMENT_TERMS)).toEqual(indexesBefore);
    expect(indexesBefore.length).toBeGreaterThan(1);
    const scratch = ctx.mongo.db(`${ctx.dbName}_scratch_terms`);
    const projection = TermsProjection.on(connectionOn(scratch));
    const { low, high } = await topicOffsets(svc.infra.kafka, svc.infra.kafkaSettings, TOPICS.contracts);
    await replayTopic({ kafka: svc.infra.kafka, settings: svc.infra.kafkaSettings, topic: TOPICS.contracts, groupId: 'test.scratch-terms',
      from: low, to: high, apply: (events) => projection.apply(events.filter((e) => projection.handles.has(e.type))) });
    for (const name of [DEALERS, AGREEMENT_TERMS]) expect(await sorted(svc.infra.db, name)).toEqual(await sorted(scratch, name));
  });

  it('refuses an unknown read model (422), a second rebuild of one under way (409), and answers 404 for an unknown id', async () => {
    const unknown = await request(svc.http).post('/admin/rebuilds').send({ projection: 'nope' }).expect(422);
    expect(unknown.body.problems).toEqual([{ field: 'projection', reason: expect.stringContaining('fund-balance, invoice-lines, payments, terms') }]);
    const first = await request(svc.http).post('/admin/rebuilds').send({ projection: 'terms' }).expect(202);
    const second = await request(svc.http).post('/admin/rebuilds').send({ projection: 'terms' }).expect(409);
    expect(second.body.problems[0]).toEqual({ field: 'projection', reason: expect.stringContaining(first.body._id) });
    await eventually(async () => (await request(svc.http).get(`/admin/rebuilds/${first.body._id}`)).body.state, (s) => s === 'succeeded', 60_000);
    await request(svc.http).get('/admin/rebuilds/nosuchrebuild').expect(404);
    await request(svc.http).get('/admin/rebuilds/NOT-AN-ID').expect(400);
    await request(svc.http).post('/admin/rebuilds').send({ projection: { $ne: 1 } }).expect(400);
  });

  it('reads a rebuild record by a requested id through a model: an operator object as the id matches no record', async () => {
    const records = new RebuildRecords(svc.infra.connection, svc.infra.db);
    const operator = { $gt: '' } as unknown as string;
    expect(await svc.infra.db.collection('read_model_rebuilds').findOne({ _id: operator as never })).not.toBeNull(); // what the driver matched
    expect(await records.find(operator)).toBeNull();
  });

  describe('npm run rebuild -- <service> [projection]', () => {
    const tool = (args: string[], url?: string) => new Promise<{ code: number; out: string; err: string }>((resolve) => {
      const env = { ...process.env, SETTLEMENTS_URL: url ?? `http://127.0.0.1:${(svc.app.getHttpServer().address() as AddressInfo).port}` };
      execFile(process.execPath, [join(__dirname, '../../../deploy/rebuild.mjs'), ...args], { env, timeout: 120_000 },
        (error, out, err) => resolve({ code: error ? Number(error.code ?? 1) : 0, out, err }));
    });
    beforeAll(() => svc.app.listen(0, '127.0.0.1'));

    it('rebuilds every read model of the service, showing progress, and exits 0', async () => {
      const { code, out, err } = await tool(['settlements']);
      expect({ code, err }).toEqual({ code: 0, err: '' });
      expect(out).toMatch(/\[rebuild\] settlements terms: succeeded in [\d.]+ s/);
      expect(out).toMatch(/\[rebuild\] settlements fund-balance: succeeded in [\d.]+ s/);
      expect(out).toMatch(/\[rebuild\] settlements payments: succeeded in [\d.]+ s/);
      expect(out).toMatch(/fund-balance: done \([\d,]+ events replayed, \d+ caught up\)/);
    });

    it('lists the read models with --list', async () => {
      const { code, out } = await tool(['settlements', '--list']);
      expect(code).toBe(0);
      expect(out).toContain(`terms: ${DEALERS}, ${AGREEMENT_TERMS} (from topic ${TOPICS.contracts})`);
      expect(out).toContain(`fund-balance: ${FUND_BALANCES} (from the store)`);
      expect(out).toContain(`payments: ${PAYMENTS} (from the store)`);
    });

    it('exits 1 with a clear message for an unknown read model, a service that does not answer, and no service', async () => {
      const unknown = await tool(['settlements', 'nope']);
      expect(unknown.code).toBe(1);
      expect(unknown.err).toContain('nope is not a read model of settlements (it has: fund-balance, invoice-lines, payments, terms)');
      const down = await tool(['settlements'], 'http://127.0.0.1:9');
      expect(down.code).toBe(1);
      expect(down.err).toContain('http://127.0.0.1:9 does not answer');
      const usage = await tool([]);
      expect(usage.code).toBe(1);
      expect(usage.err).toContain('usage: npm run rebuild -- <service>');
    });
  });
});

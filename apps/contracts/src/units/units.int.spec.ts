import { KafkaEventPublisher } from '@aftersales/kafka';
import { TOPICS } from '@aftersales/integration-events';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { ContractsModule } from '../contracts.module';
import { feedRowsChanged } from './testing/feed-events';

const D = 'D7001';
const SUB = 'D7001-S1';
const OTHER = 'D7002';
const terms = { fundModel: 'per-unit', allowancePerUnitFen: 1500, returns: { doaWindowDays: 7, qualityWindowDays: 15 } };
const card = (serialNo: string, more: object = {}) => ({ cardNo: `C-${serialNo}`, serialNo, model: 'LQ-690K', saleDate: '2026-03-10', customerName: '王小明', ...more });

/** Units and warranty on the real app, Kafka and FerretDB: deliveries, cards by hand and from feeds, coverage, sales. */
describe('contracts: units under warranty', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let feeds: KafkaEventPublisher;
  const http = () => request(svc.http);
  const commits = () => svc.infra.store.commits.countDocuments({});

  beforeAll(async () => {
    ctx = await createTestContext('contracts-units');
    svc = await startService(ctx, 'contracts', ContractsModule.register);
    feeds = new KafkaEventPublisher(svc.infra.kafka, svc.infra.kafkaSettings, TOPICS.feeds);
    for (const dealer of [{ code: D, region: 'south' }, { code: SUB, region: 'south', parentDealerCode: D }, { code: OTHER, region: 'north' }]) {
      await http().post('/dealers').send({ name: dealer.code, ...dealer }).expect(201);
    }
    // Version 1: 12 months, print head 3; version 2 from July: 24 months.
    await http().post(`/dealers/${D}/agreements`).send({ ...terms, validFrom: '2026-01-01', validTo: '2026-12-31',
      warranty: { defaultMonths: 12, newSparePartsMonths: 6, componentOverrides: [{ component: 'print-head', months: 3 }] } }).expect(201);
    await http().post(`/dealers/${D}/agreements`).send({ ...terms, validFrom: '2026-07-01', validTo: '2026-12-31', warranty: { defaultMonths: 24 } }).expect(201);
    await svc.infra.kafkaReady;
    // the coverage reads the agreement versions' read model, which the agreements reach through Kafka
    await eventually(() => http().get(`/dealers/${D}/agreements`), (r) => r.body.items?.length === 2);
  });
  afterAll(async () => {
    await feeds?.disconnect();
    await svc?.close();
    await ctx?.dispose();
  });

  describe('deliveries', () => {
    const delivery = { dealerCode: D, receivedOn: '2026-03-02', units: [{ serialNo: 'SN-A', model: 'LQ-690K' }, { serialNo: 'SN-B', model: 'LQ-690K' }] };

    it('records each unit once; the same delivery again changes nothing', async () => {
      const first = await http().post('/unit-deliveries').send(delivery).expect(201);
      expect(first.headers['location']).toBe('/units/SN-A');
      expect(first.body.units).toEqual([{ serialNo: 'SN-A', model: 'LQ-690K', created: true }, { serialNo: 'SN-B', model: 'LQ-690K', created: true }]);
      const before = await commits();
      const again = await http().post('/unit-deliveries').send(delivery).expect(200);
      expect(again.body.units.map((u: { created: boolean }) => u.created)).toEqual([false, false]);
      expect(await commits()).toBe(before);
    });

    it.each([
      ['to another dealer', { ...delivery, dealerCode: OTHER, units: [{ serialNo: 'SN-NEW', model: 'X' }, { serialNo: 'SN-A', model: 'LQ-690K' }] }, 'units.1.serialNo', /SN-A was delivered already: to D7001/],
      ['as another model', { ...delivery, units: [{ serialNo: 'SN-B', model: 'LQ-730K' }] }, 'units.0.serialNo', /SN-B was delivered already/],
      ['twice in one list', { ...delivery, units: [{ serialNo: 'SN-C1', model: 'X' }, { serialNo: 'SN-C1', model: 'X' }] }, 'units.1.serialNo', /listed twice/],
      ['to an unknown dealer', { ...delivery, dealerCode: 'NOPE', units: [{ serialNo: 'SN-C2', model: 'X' }] }, 'dealerCode', /NOPE is not registered/],
    ])('a serial delivered %s is a 422 naming it; nothing is recorded', async (_what, body, field, reason) => {
      const before = await commits();
      const res = await http().post('/unit-deliveries').send(body).expect(422);
      expect(res.body.problems).toEqual(expect.arrayContaining([{ field, reason: expect.stringMatching(reason) }]));
      expect(await commits()).toBe(before);
    });

    it.each([
      ['no units', { ...delivery, units: [] }, 'units'],
      ['a unit without a model', { ...delivery, units: [{ serialNo: 'SN-X' }] }, 'units.0.model'],
      ['a date that does not exist', { ...delivery, receivedOn: '2026-02-30' }, 'receivedOn'],
      ['too many units', { ...delivery, units: Array.from({ length: 1001 }, (_, i) => ({ serialNo: `S${i}`, model: 'X' })) }, 'units'],
      ['an operator for a serial', { ...delivery, units: [{ serialNo: { $gt: '' }, model: 'X' }] }, 'units.0.serialNo'],
    ])('%s is a 400 naming the field', async (_what, body, field) => {
      const res = await http().post('/unit-deliveries').send(body).expect(400);
      expect(res.body.problems.map((p: { field: string }) => p.field)).toContain(field);
    });
  });

  describe('coverage', () => {
    it('a unit delivered and not sold shows its DOA window and says the warranty has not started', async () => {
      const res = await http().get('/units/SN-A/coverage?on=2026-03-08').expect(200);
      expect(res.body).toMatchObject({ warrantyStarted: false, agreement: { agreementVersion: 1 }, clocks: [{ clock: 'doa', start: '2026-03-02', end: '2026-03-08', running: true, days: 7 }] });
    });

    it('a card registers the unit; the clocks come from the agreement in force at the sale', async () => {
      const res = await http().post(`/dealers/${D}/warranty-cards`).send(card('SN-A')).expect(201);
      // Entered today, long after the sale: received today, so late.
      expect(res.body).toMatchObject({ outcome: 'registered', registration: { cardNo: 'C-SN-A', source: 'manual', late: true } });
      const on = (day: string) => eventually(() => http().get(`/units/SN-A/coverage?on=${day}`), (r) => r.body.warrantyStarted === true);
      const clocks = async (day: string) => Object.fromEntries((await on(day)).body.clocks.map((c: { clock: string; component?: string; running: boolean }) => [c.component ?? c.clock, c.running]));
      expect(await clocks('2026-06-09')).toEqual({ doa: false, standard: true, 'print-head': true, quality: false });
      expect(await clocks('2026-06-10')).toMatchObject({ 'print-head': false, standard: true });
      expect(await clocks('2027-03-09')).toMatchObject({ standard: true });
      expect(await clocks('2027-03-10')).toMatchObject({ standard: false });
      const body = (await on('2026-03-24')).body;
      expect(body).toMatchObject({ agreement: { agreementVersion: 1 }, newSpareParts: { months: 6, from: 'fitting' }, excludedCategories: ['used-parts', 'consumables'] });
      expect(body.clocks.find((c: { clock: string }) => c.clock === 'quality')).toMatchObject({ end: '2026-03-24', running: true });
    });

    it('a unit sold after version 2 starts is under version 2 (24 months); version 1 does not apply', async () => {
      await http().post(`/dealers/${D}/warranty-cards`).send(card('SN-B', { saleDate: '2026-07-15' })).expect(201);
      const res = await eventually(() => http().get('/units/SN-B/coverage?on=2028-07-14'), (r) => r.body.warrantyStarted === true);
      expect(res.body.agreement.agreementVersion).toBe(2);
      expect(res.body.clocks.find((c: { clock: string }) => c.clock === 'standard')).toMatchObject({ end: '2028-07-14', running: true, months: 24 });
    });

    it('an unknown unit is a 404; a bad day a 400 naming on', async () => {
      await http().get('/units/NOPE/coverage').expect(404);
      const res = await http().get('/units/SN-A/coverage?on=2026-13-01').expect(400);
      expect(res.body.problems.map((p: { field: string }) => p.field)).toEqual(['on']);
    });
  });

  describe('cards twice', () => {
    it('the same card again changes nothing; a second card is flagged for review, never replacing the first', async () => {
      await http().post(`/dealers/${D}/warranty-cards`).send(card('SN-A')).expect(200);
      const flagged = await http().post(`/dealers/${OTHER}/warranty-cards`).send(card('SN-A', { cardNo: 'X-9' })).expect(201);
      expect(flagged.body).toMatchObject({ outcome: 'flagged', registration: { cardNo: 'C-SN-A', dealerCode: D }, conflict: { conflict: 'carded-by-two-dealers', dealerCode: OTHER } });
      await http().post(`/dealers/${D}/warranty-cards`).send(card('SN-A', { cardNo: 'C-2' })).expect(201);
      const list = await eventually(() => http().get('/registration-conflicts'), (r) => r.body.total === 2);
      expect(list.body.items.map((c: { conflict: string }) => c.conflict).sort()).toEqual(['carded-by-two-dealers', 'carded-under-two-card-numbers']);
      const unit = await eventually(() => http().get('/units/SN-A'), (r) => r.body.conflicts?.length === 2);
      expect(unit.body.registration).toMatchObject({ cardNo: 'C-SN-A', dealerCode: D });
      expect((await http().get(`/registration-conflicts?within=${OTHER}`)).body.total).toBe(1);
    });

    it('a sub-dealer that is not the dealer\'s own is a 422 naming subDealerCode; an unknown dealer a 404', async () => {
      const res = await http().post(`/dealers/${OTHER}/warranty-cards`).send(card('SN-Z', { subDealerCode: SUB })).expect(422);
      expect(res.body.problems).toEqual([{ field: 'subDealerCode', reason: expect.stringMatching(/not a registered sub-dealer of D7002/) }]);
      await http().post('/dealers/NOPE/warranty-cards').send(card('SN-Z')).expect(404);
    });

    it('within a dealer: a unit it neither received nor carded (a flagged card does not count) is a 404', async () => {
      await http().get(`/units/SN-A?within=${D}`).expect(200);
      await http().get(`/units/SN-A?within=${OTHER}`).expect(404);
      await http().get(`/units/SN-A/coverage?within=${OTHER}`).expect(404);
    });
  });

  describe('from the feeds', () => {
    const row = (serial: string, more: Record<string, string> = {}) => ({ card_no: `F-${serial}`, serial_no: serial, model: 'LQ-690K', sale_date: '2026-04-02', customer_name: '李四', ...more });

    it('registers recorded cards (received the day the submission was accepted, in the dealer\'s zone; late after a month); redelivery changes nothing', async () => {
      const event = feedRowsChanged(SUB, '2026-04', 'warranty-cards', [
        { change: 'recorded', key: 'F-SN-F1', row: row('SN-F1') },
        { change: 'recorded', key: 'F-SN-F2', row: row('SN-F2', { sale_date: '2026-03-01' }) },
      ], '2026-04-30T17:00:00.000Z');
      await feeds.publish([event]);
      const late = await eventually(() => http().get('/units/SN-F2'), (r) => r.status === 200);
      expect(late.body.registration).toMatchObject({ source: 'feed', dealerCode: SUB, late: true, receivedOn: '2026-05-01', submissionId: `${SUB}-2026-04-warranty-cards` });
      expect((await http().get('/units/SN-F1').expect(200)).body.registration.late).toBe(false);
      const before = await commits();
      await feeds.publish([{ ...event, eventId: event.eventId }]);
      await feeds.publish([feedRowsChanged(SUB, '2026-04', 'warranty-cards', [{ change: 'withdrawn', key: 'F-SN-F1' }], '2026-05-06T02:00:00.000Z', 2)]);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await commits()).toBe(before);
      expect((await http().get('/units/SN-F1').expect(200)).body.registration.cardNo).toBe('F-SN-F1');
    });

    it('counts units sold per month with the sub-dealers (their own feeds and the dealer\'s rows naming them), cards and the return rate', async () => {
      await feeds.publish([
        feedRowsChanged(D, '2026-03', 'sales', [
          { change: 'recorded', key: 'SN-A', row: { serial_no: 'SN-A', model: 'LQ-690K', sale_date: '2026-03-10' } },
          { change: 'recorded', key: 'SN-S1', row: { serial_no: 'SN-S1', model: 'LQ-690K', sale_date: '2026-03-20', sub_dealer_code: SUB } },
          { change: 'recorded', key: 'SN-S2', row: { serial_no: 'SN-S2', model: 'LQ-690K', sale_date: '2026-03-21' } },
        ], '2026-04-03T01:00:00.000Z'),
        feedRowsChanged(SUB, '2026-04', 'sales', [
          { change: 'recorded', key: 'SN-F1', row: { serial_no: 'SN-F1', model: 'LQ-690K', sale_date: '2026-04-02' } },
        ], '2026-05-03T01:00:00.000Z'),
        feedRowsChanged(D, '2026-03', 'sales', [{ change: 'withdrawn', key: 'SN-S2' }], '2026-04-04T01:00:00.000Z', 2),
      ]);
      // all three applied: the first alone also totals 3 (every March sale before the withdrawal, no April sale yet)
      const applied = (months?: { unitsSold: number }[]) => months?.[0]?.unitsSold === 2 && months[1]?.unitsSold === 1;
      const sales = await eventually(() => http().get(`/dealers/${D}/sales?from=2026-03&to=2026-04`), (r) => applied(r.body.months));
      expect(sales.body.dealers).toEqual([D, SUB]);
      expect(sales.body.months).toEqual([
        { month: '2026-03', unitsSold: 2, cards: 2, lateCards: 2, returnRate: { cards: 2, unitsSold: 2, percent: 100 } },
        { month: '2026-04', unitsSold: 1, cards: 1, lateCards: 0, returnRate: { cards: 1, unitsSold: 1, percent: 100 } },
      ]);
      const sub = await http().get(`/dealers/${SUB}/sales?from=2026-03&to=2026-04`).expect(200);
      expect(sub.body.months.map((m: { unitsSold: number }) => m.unitsSold)).toEqual([1, 1]);
      const bad = await http().get(`/dealers/${D}/sales?from=2026-04&to=2026-03`).expect(422); // two good months, a range refused
      expect(bad.body.problems).toEqual([{ field: 'to', reason: expect.stringMatching(/before from/) }]);
      await http().get('/dealers/NOPE/sales?from=2026-03&to=2026-04').expect(404);
    });
  });
});

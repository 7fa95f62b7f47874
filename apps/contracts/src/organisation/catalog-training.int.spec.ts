import { eventually } from '@aftersales/testing';
import { commits, OrganisationFixture, startWithDealers, stop } from './testing/organisation-fixture';

const D = 'D0731';
const SESSION = { trainingSessionId: 'TS-731', title: '激光打印機維修', startsOn: '2026-11-16', days: 3 };

describe('the catalog: models and parts listed and changed by the same POST, the same content again changing nothing', () => {
  let f: OrganisationFixture;
  beforeAll(async () => {
    f = await startWithDealers('orgcatalog', [D]);
  }, 90_000);
  afterAll(() => stop(f));

  it('lists a part once however often it is sent, and keeps each change in its history', async () => {
    const head = { partNo: 'P-HEAD-731', name: '列印頭', category: 'spare-part', component: 'print-head' };
    await f.http.post('/catalog/parts').send(head).expect(201);
    const before = await commits(f);
    expect((await f.http.post('/catalog/parts').send(head).expect(200)).body).toEqual(head);
    expect(await commits(f)).toBe(before);
    await f.http.post('/catalog/parts').send({ ...head, name: '列印頭 (24針)' }).expect(201);
    const parts = await eventually(() => f.http.get('/catalog/parts'), (r) => r.body.items?.[0]?.version === 2);
    expect(parts.body.items).toEqual([expect.objectContaining({ partNo: 'P-HEAD-731', name: '列印頭 (24針)', category: 'spare-part', component: 'print-head' })]);
    expect(parts.body.items[0].history.map((h: { name: string }) => h.name)).toEqual(['列印頭', '列印頭 (24針)']);
  });

  it('lists models', async () => {
    await f.http.post('/catalog/models').send({ model: 'LP-731', name: '激光打印機 LP-731' }).expect(201);
    await eventually(() => f.http.get('/catalog/models'), (r) => r.body.items?.some((m: { model: string }) => m.model === 'LP-731'));
  });

  it('refuses a part of an unknown category, or without a name, naming the field', async () => {
    const res = await f.http.post('/catalog/parts').send({ partNo: 'X-1', name: '墨盒', category: 'ink' }).expect(400);
    expect(res.body.problems).toEqual([{ field: 'category', reason: expect.stringContaining('spare-part, consumable, used-part') }]);
    expect((await f.http.post('/catalog/models').send({ model: 'M-1' }).expect(400)).body.problems[0].field).toBe('name');
  });
});

describe('每套免費培訓二人: training places free up to the agreement\'s freeTrainingPlaces, chargeable beyond under the fee schedule', () => {
  let f: OrganisationFixture;
  const book = (sessionId: string, places: number, dealerCode = D) => f.http.post(`/training-sessions/${sessionId}/bookings`).send({ dealerCode, places });
  beforeAll(async () => {
    f = await startWithDealers('orgtraining', [D]);
    await f.http.post('/training-sessions').send(SESSION).expect(201);
    await f.http.post('/training-sessions').send({ ...SESSION, trainingSessionId: 'TS-732', startsOn: '2026-12-07' }).expect(201);
  }, 90_000);
  afterAll(() => stop(f));

  it('makes 2 of 3 places free and 1 chargeable at the default fee of 800.00', async () => {
    const res = await book('TS-731', 3).expect(201);
    expect(res.body).toEqual({ dealerCode: D, trainingSessionId: 'TS-731', startsOn: '2026-11-16', places: 3, freePlaces: 2, chargeablePlaces: 1,
      operation: 'training-place', feePerPlaceFen: 80_000, chargeFen: 80_000, agreementVersion: 1 });
  });

  it('counts the free places over the agreement version: a later session is all chargeable', async () => {
    expect((await book('TS-732', 2).expect(201)).body).toMatchObject({ freePlaces: 0, chargeablePlaces: 2, chargeFen: 160_000 });
  });

  it('answers the same booking again as before and records nothing; other places for a booked session are refused', async () => {
    const before = await commits(f);
    expect((await book('TS-731', 3).expect(200)).body.chargeFen).toBe(80_000);
    expect((await book('TS-731', 4).expect(422)).body.problems[0].field).toBe('places');
    expect(await commits(f)).toBe(before);
  });

  it('lists the sessions with their bookings (from Kafka into the read model)', async () => {
    const res = await eventually(() => f.http.get('/training-sessions'), (r) => r.body.items?.every((s: { bookings: unknown[] }) => s.bookings.length === 1));
    expect(res.body.items.map((s: { trainingSessionId: string; bookings: { chargeablePlaces: number }[] }) => [s.trainingSessionId, s.bookings[0]!.chargeablePlaces]))
      .toEqual([['TS-732', 2], ['TS-731', 1]]);
  });

  it('refuses an unknown session (404), an unknown dealer and a session longer than maxTrainingDays (422), bad places (400)', async () => {
    await book('TS-999', 1).expect(404);
    expect((await book('TS-731', 1, 'D0799').expect(422)).body.problems[0].field).toBe('dealerCode');
    await f.http.post('/training-sessions').send({ ...SESSION, trainingSessionId: 'TS-LONG', days: 8 }).expect(201);
    expect((await book('TS-LONG', 1).expect(422)).body.problems[0].reason).toMatch(/maxTrainingDays/);
    expect((await book('TS-731', 0).expect(400)).body.problems[0].field).toBe('places');
    expect((await f.http.post('/training-sessions').send({ ...SESSION, days: 1.5 }).expect(400)).body.problems[0].field).toBe('days');
  });
});

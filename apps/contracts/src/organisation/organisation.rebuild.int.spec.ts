import { decodeCommit, rebuildProjection } from '@aftersales/event-store-mongo';
import { connectionOn } from '@aftersales/mongo';
import { eventually } from '@aftersales/testing';
import { EventEnvelope } from '@aftersales/integration-events';
import { OrganisationProjection } from './read-model/organisation.projection';
import { OrganisationFixture, startWithDealers, stop } from './testing/organisation-fixture';

jest.setTimeout(120_000);

const D = 'D0741';
const COLLECTIONS = ['catalog_changes', 'catalog_models', 'catalog_parts', 'organisation_changes', 'certificates', 'training_sessions', 'training_bookings'];

describe('the organisation read model: redelivered events and a rebuild from the store give the same documents', () => {
  let f: OrganisationFixture;
  const snapshot = async (db = f.svc.infra.db) =>
    Object.fromEntries(await Promise.all(COLLECTIONS.map(async (name) => [name, await db.collection(name).find().sort({ _id: 1 }).toArray()])));

  beforeAll(async () => {
    f = await startWithDealers('orgrebuild', [D]);
    const { http } = f;
    await http.post('/catalog/models').send({ model: 'M-741', name: '一' }).expect(201);
    await http.post('/catalog/models').send({ model: 'M-741', name: '二' }).expect(201);
    await http.post('/catalog/parts').send({ partNo: 'P-741', name: '色帶', category: 'consumable' }).expect(201);
    await http.post(`/dealers/${D}/organisation/changes`).send({ effectiveOn: '2026-06-01', hotline: '010-3' }).expect(201);
    await http.post(`/dealers/${D}/technicians`).send({ technicianId: 'T-1', name: '張偉', effectiveOn: '2026-01-02' }).expect(201);
    await http.post(`/dealers/${D}/technicians/T-1/certificates`).send({ certificateNo: 'C-741', issuedOn: '2026-02-01', expiresOn: '2027-01-31' }).expect(201);
    await http.post(`/dealers/${D}/technicians/T-1/certificates/C-741/revocation`).send({ revokedOn: '2026-05-01', reason: '離職' }).expect(201);
    await http.post('/training-sessions').send({ trainingSessionId: 'TS-741', title: '培訓', startsOn: '2026-03-02', days: 2 }).expect(201);
    await http.post('/training-sessions/TS-741/bookings').send({ dealerCode: D, places: 3 }).expect(201);
    await eventually(() => f.svc.infra.db.collection('training_bookings').countDocuments(), (n) => n === 1);
    await eventually(() => f.svc.infra.db.collection('certificates').findOne({ revokedOn: '2026-05-01' }), (c) => c !== null);
  });
  afterAll(() => stop(f));

  it('writes nothing new when every event is delivered again, in one batch and out of order', async () => {
    const before = await snapshot();
    const envelopes: EventEnvelope[] = (await f.svc.infra.store.commits.find().toArray()).flatMap((commit) => decodeCommit(commit).events);
    await OrganisationProjection.on(connectionOn(f.svc.infra.db)).apply([...envelopes].reverse());
    expect(await snapshot()).toEqual(before);
  });

  it('rebuilds the same documents from the store on a fresh database', async () => {
    const plain = f.ctx.mongo.db(`${f.ctx.dbName}_orgplain`);
    await rebuildProjection(f.svc.infra.store, OrganisationProjection.on(connectionOn(plain)));
    expect(await snapshot(plain)).toEqual(await snapshot());
  });
});

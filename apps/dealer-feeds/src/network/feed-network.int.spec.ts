import { EVENTS_COLLECTION } from '@aftersales/event-store-mongo';
import { TOPICS } from '@aftersales/integration-events';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { agreementSigned, dealerRegistered, publish, Published } from '../../testing/network-events';
import { DealerFeedsModule } from '../dealer-feeds.module';
import { FeedNetwork } from './feed-network.port';

const BERLIN = 'D0801';
const catalog = (type: 'ModelListed' | 'PartListed', data: object): Published => ({ streamType: 'catalog', streamId: `catalog-${type}-${JSON.stringify(data)}`, dealerCode: 'NETWORK', type: `contracts.${type}`, data });
const certificate = (certificateNo: string, issuedOn: string, expiresOn: string): Published => ({
  streamType: 'organisation', streamId: `organisation-${BERLIN}`, dealerCode: BERLIN, type: 'contracts.CertificateIssued',
  data: { dealerCode: BERLIN, certificateNo, technicianId: `T-${certificateNo}`, issuedOn, expiresOn },
});
const repairs = (version: number, changes: object[]): Published => ({
  streamType: 'feed', streamId: `feed-${BERLIN}-2030-03-repairs`, dealerCode: BERLIN, type: 'feeds.FeedRowsChanged',
  data: { submissionId: `S-${version}`, dealerCode: BERLIN, period: '2030-03', kind: 'repairs', version, chunk: 1, chunks: 1, changes },
});

describe('what dealer-feeds knows of the network (FeedNetwork), from contracts.events.v1 and its own feeds.events.v1 on real Kafka', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let network: FeedNetwork;

  beforeAll(async () => {
    ctx = await createTestContext('feednetwork');
    svc = await startService(ctx, 'dealer-feeds', DealerFeedsModule.register);
    network = svc.app.get(FeedNetwork);
    await publish(ctx, svc.infra, TOPICS.contracts, [
      dealerRegistered(BERLIN, 'Europe/Berlin'),
      // v1 all of 2030 due on the 10th; v2 amends from July on, due on the 28th, and runs through 2031.
      agreementSigned(BERLIN, 1, '2030-01-01', '2030-12-31', 10),
      agreementSigned(BERLIN, 2, '2030-07-01', '2031-12-31', 28),
      catalog('ModelListed', { model: 'LJ-2200', name: 'LaserJet 2200' }),
      catalog('PartListed', { partNo: 'PH-01', name: 'Print head', category: 'spare-part', component: 'print-head' }),
      certificate('C-VALID', '2030-01-01', '2031-12-31'),
      certificate('C-EXPIRED', '2028-01-01', '2029-12-31'),
      certificate('C-REVOKED', '2030-01-01', '2031-12-31'),
      { streamType: 'organisation', streamId: `organisation-${BERLIN}`, dealerCode: BERLIN, type: 'contracts.CertificateRevoked',
        data: { dealerCode: BERLIN, certificateNo: 'C-REVOKED', revokedOn: '2030-03-15', reason: 'left the company' } },
    ]);
    // The repairs feed's rows as the submissions write them: in the service's own store, relayed to feeds.events.v1.
    for (const e of [
      repairs(1, [{ change: 'recorded', key: 'R-1', row: { record_no: 'R-1' } }, { change: 'recorded', key: 'R-2', row: { record_no: 'R-2' } }]),
      repairs(2, [{ change: 'withdrawn', key: 'R-2' }, { change: 'corrected', key: 'R-1', row: { record_no: 'R-1', fault_level: 2 } }]),
    ]) {
      const { version } = await svc.infra.store.read(e.streamId);
      await svc.infra.store.append(e, version, [{ type: e.type, data: e.data }], { metadata: { correlationId: 'test', causationId: null, actor: 'test' }, occurredAt: new Date().toISOString(), recordedAt: new Date().toISOString() });
    }
    // Everything projected: the catalog (key NETWORK), the dealer's last event (the revocation), both repairs versions.
    const status = async (id: string, on: string) => ((await network.lookupsFor(BERLIN)) as { technicianStatus(id: string, on: string): Promise<string> }).technicianStatus(id, on);
    await eventually(async () => {
      const lookups = await network.lookupsFor(BERLIN);
      return (await lookups.isKnownPart?.('PH-01')) === true && (await status('C-REVOKED', '2030-03-15')) === 'uncertified'
        && (await lookups.isKnownRepairRecord?.('R-1')) === true && (await lookups.isKnownRepairRecord?.('R-2')) === false;
    }, (ok) => ok, 60_000);
  }, 180_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('knows a registered dealer and its time zone, and not an unregistered one', async () => {
    expect(await network.isKnownDealer(BERLIN)).toBe(true);
    expect(await network.timeZoneOf(BERLIN)).toBe('Europe/Berlin');
    expect(await network.isKnownDealer('D0899')).toBe(false);
    expect(await network.timeZoneOf('D0899')).toBeUndefined();
  });

  it('dates a period\'s feeds by the agreement in force on its last day: feedDueDay of the next month, on the dealer\'s calendar', async () => {
    expect(await network.deadlineOf(BERLIN, '2030-06')).toEqual({ dueDate: '2030-07-10', timeZone: 'Europe/Berlin', agreementVersion: 1 });
    expect(await network.deadlineOf(BERLIN, '2030-07')).toEqual({ dueDate: '2030-08-28', timeZone: 'Europe/Berlin', agreementVersion: 2 });
  });

  it('puts the 28th in a short month and across the year end, and has no due date where no agreement is in force', async () => {
    expect((await network.deadlineOf(BERLIN, '2031-01'))?.dueDate).toBe('2031-02-28');
    expect((await network.deadlineOf(BERLIN, '2030-12'))?.dueDate).toBe('2031-01-28');
    expect(await network.deadlineOf(BERLIN, '2029-12')).toBeUndefined();
    expect(await network.deadlineOf(BERLIN, '2032-01')).toBeUndefined();
    expect(await network.deadlineOf('D0899', '2030-06')).toBeUndefined();
  });

  it('knows the catalog\'s models and parts', async () => {
    const lookups = await network.lookupsFor(BERLIN);
    expect(await lookups.isKnownModel?.('LJ-2200')).toBe(true);
    expect(await lookups.isKnownModel?.('LJ-9999')).toBe(false);
    expect(await lookups.isKnownPart?.('PH-01')).toBe(true);
    expect(await lookups.isKnownPart?.('PH-99')).toBe(false);
  });

  it('answers a technician by the certificate valid on the row\'s date: certified, uncertified when expired or revoked, unknown when none', async () => {
    const status = async (id: string, on: string) => ((await network.lookupsFor(BERLIN)) as { technicianStatus(id: string, on?: string): Promise<string> }).technicianStatus(id, on);
    expect(await status('C-VALID', '2030-03-20')).toBe('certified');
    expect(await status('T-C-VALID', '2030-03-20')).toBe('certified'); // by the technician's id too
    expect(await status('C-VALID', '2029-12-31')).toBe('uncertified'); // not yet issued
    expect(await status('C-EXPIRED', '2030-03-20')).toBe('uncertified');
    expect(await status('C-REVOKED', '2030-03-14')).toBe('certified');
    expect(await status('C-REVOKED', '2030-03-15')).toBe('uncertified'); // revoked from that day on
    expect(await status('C-NOBODY', '2030-03-20')).toBe('unknown');
    expect(await ((await network.lookupsFor('D0899')) as { technicianStatus(id: string, on?: string): Promise<string> }).technicianStatus('C-VALID', '2030-03-20')).toBe('unknown'); // another dealer's
  });

  it('knows the record numbers of the dealer\'s accepted repairs (withdrawn ones no longer) and those of the same upload', async () => {
    const lookups = await network.lookupsFor(BERLIN, new Set(['R-NEW']));
    expect(await lookups.isKnownRepairRecord?.('R-1')).toBe(true);
    expect(await lookups.isKnownRepairRecord?.('R-2')).toBe(false);
    expect(await lookups.isKnownRepairRecord?.('R-NEW')).toBe(true);
    expect(await (await network.lookupsFor('D0899')).isKnownRepairRecord?.('R-1')).toBe(false);
  });

  it('rebuilds each read model through POST /admin/rebuilds (contracts\' topic replayed, its own store) into the same documents', async () => {
    const collections = { network: ['network_dealers', 'network_agreements', 'network_certificates', 'network_catalog'], 'repair-records': ['network_repair_records'] };
    for (const [projection, names] of Object.entries(collections)) {
      const snapshot = () => Promise.all(names.map((c) => svc.infra.db.collection(c).find({}).sort({ _id: 1 }).toArray()));
      const before = await snapshot();
      const started = await request(svc.http).post('/admin/rebuilds').send({ projection }).expect(202);
      const done = await eventually(async () => (await request(svc.http).get(`/admin/rebuilds/${started.body._id}`)).body, (r) => r.state === 'succeeded' || r.state === 'failed', 120_000);
      expect(done.state).toBe('succeeded');
      expect(await snapshot()).toEqual(before);
    }
  }, 150_000);

  it('ends with its read models exactly as they were when every event is delivered again', async () => {
    const collections = ['network_dealers', 'network_agreements', 'network_certificates', 'network_catalog', 'network_repair_records'];
    const snapshot = () => Promise.all(collections.map((c) => svc.infra.db.collection(c).find({}).sort({ _id: 1 }).toArray()));
    const before = await snapshot();
    await ctx.mongo.db(`${ctx.dbName}_${TOPICS.contracts.replace(/\W/g, '_')}_feed`).collection(EVENTS_COLLECTION).updateMany({}, { $set: { published: false } });
    await publish(ctx, svc.infra, TOPICS.contracts, []);
    await svc.infra.store.commits.updateMany({}, { $set: { published: false } }); // the relay "crashed" before marking
    svc.infra.relay.nudge();
    await eventually(() => svc.infra.store.commits.countDocuments({ published: false }), (n) => n === 0);
    await new Promise((r) => setTimeout(r, 2_000)); // the consumers act on the duplicates: a moment may show version 1's rows again
    await eventually(snapshot, (now) => JSON.stringify(now) === JSON.stringify(before), 60_000);
    expect(before.every((docs) => docs.length > 0)).toBe(true);
  });
});

import { flagIdOf, flagStreamId } from '@aftersales/dealer-feeds-domain';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { ContractsFacts, recorded, submitFeed } from '../../../testing/flag-facts';
import { DealerFeedsModule } from '../../dealer-feeds.module';

const repair = (recordNo: string, serialNo: string) => recorded(recordNo, {
  record_no: recordNo, serial_no: serialNo, model: 'P-200', reported_at: '2026-09-03T01:15:00.000Z', resolved_at: '2026-09-03T05:00:00.000Z',
  fault_level: 2, fault_code: 'E12', technician_id: 'T-001',
});
const FLAG = flagIdOf('repair-on-unknown-serial', 'D0001', 'SN-X');

describe('POST /dealers/{dealerCode}/feed-flags/{flagId}/dismissal: a person dismisses a flag with a reason', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const dismiss = (body: unknown, flagId = FLAG, dealer = 'D0001') =>
    request(svc.http).post(`/dealers/${dealer}/feed-flags/${flagId}/dismissal`).set('x-actor', 'manager.wu').send(body as object);
  const flag = () => request(svc.http).get(`/dealers/D0001/feed-flags/${FLAG}`);

  beforeAll(async () => {
    ctx = await createTestContext('flagdismissal');
    svc = await startService(ctx, 'dealer-feeds', DealerFeedsModule.register);
    await new ContractsFacts(ctx, svc.infra).dealer('D0001');
    await submitFeed(svc.infra, 'D0001', '2026-09', 'repairs', 1, [repair('R-1', 'SN-X'), repair('R-2', 'SN-X')]);
    await eventually(() => flag(), (r) => r.status === 200 && r.body.status === 'open');
  }, 90_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('raises a flag once however often its events are delivered', async () => {
    const before = await svc.infra.store.read(flagStreamId(FLAG));
    await svc.infra.store.commits.updateMany({}, { $set: { published: false } }); // the relay "crashed" before marking
    svc.infra.relay.nudge();
    await eventually(() => svc.infra.store.commits.countDocuments({ published: false }), (n) => n === 0);
    await new Promise((r) => setTimeout(r, 2_000));
    expect((await svc.infra.store.read(flagStreamId(FLAG))).version).toBe(before.version);
    expect((await flag().expect(200)).body.history).toHaveLength(1);
  });

  it.each([
    ['reason', {}],
    ['reason', { reason: '' }],
    ['reason', { reason: '   ' }],
    ['reason', { reason: 'x'.repeat(501) }],
    ['reason', { reason: 42 }],
  ])('refuses a bad %s (%j) with 400 naming it, and changes nothing', async (field, body) => {
    const res = await dismiss(body).expect(400);
    expect(res.body.problems.map((p: { field: string }) => p.field)).toContain(field);
    expect((await flag()).body.status).toBe('open');
  });

  it('refuses a malformed flag id (400) and answers 404 for a flag the dealer does not have', async () => {
    expect((await dismiss({ reason: 'ok' }, 'not-a-flag').expect(400)).body.problems[0].field).toBe('flagId');
    expect((await dismiss({ reason: 'ok' }, FLAG, 'D0002').expect(404)).body.problems[0].field).toBe('flagId');
    await request(svc.http).get(`/dealers/D0002/feed-flags/${FLAG}`).expect(404);
  });

  it('dismisses an open flag, keeps the reason and who in its history, and refuses a second dismissal (422)', async () => {
    const res = await dismiss({ reason: 'Demo unit lent from the manufacturer\'s stock' }).expect(200);
    expect(res.body).toEqual({ flagId: FLAG, dealerCode: 'D0001', reason: 'Demo unit lent from the manufacturer\'s stock', dismissedBy: 'manager.wu' });
    const dismissed = await eventually(() => flag(), (r) => r.body.status === 'dismissed');
    expect(dismissed.body.history.map((h: object) => ({ ...h, at: undefined, evidence: undefined }))).toEqual([
      { event: 'raised', by: 'dealer-feeds.flags' },
      { event: 'dismissed', by: 'manager.wu', reason: 'Demo unit lent from the manufacturer\'s stock' },
    ].map((h) => ({ ...h, at: undefined, evidence: undefined })));
    const again = await dismiss({ reason: 'again' }).expect(422);
    expect(again.body.problems).toEqual([{ field: 'flagId', reason: expect.stringContaining('is dismissed') }]);
  });
});

import { eventually } from '@aftersales/testing';
import { commits, dealerDay, OrganisationFixture, startWithDealers, stop } from './testing/organisation-fixture';

const D = 'D0711';

describe('第二條 1-2: a change of the service organisation takes effect on a date, notified noticeDays (7) ahead on the dealer\'s calendar', () => {
  let f: OrganisationFixture;
  const change = (body: object) => f.http.post(`/dealers/${D}/organisation/changes`).send(body);
  const organisationOn = (on: string) => f.http.get(`/dealers/${D}/organisation?on=${on}`);

  beforeAll(async () => {
    f = await startWithDealers('orgchanges', [D]);
  }, 90_000);
  afterAll(() => stop(f));

  it('records a change notified 7 days ahead (the dealer\'s today in its time zone) on time, and one notified 6 days ahead late', async () => {
    const onTime = await change({ effectiveOn: dealerDay(7), hotline: '010-2222' }).expect(201);
    expect(onTime.body).toEqual({ dealerCode: D, effectiveOn: dealerDay(7), notifiedOn: dealerDay(0), late: false, hotline: '010-2222' });
    expect(onTime.headers['location']).toBe(`/dealers/${D}/organisation?on=${dealerDay(7)}`);
    const late = await change({ effectiveOn: dealerDay(6), serviceManager: '李志強' }).expect(201);
    expect(late.body).toMatchObject({ notifiedOn: dealerDay(0), late: true });
  });

  it('answers the same change again with what was recorded, and records nothing', async () => {
    const before = await commits(f);
    expect((await change({ effectiveOn: dealerDay(6), serviceManager: '李志強' }).expect(200)).body).toMatchObject({ late: true });
    expect(await commits(f)).toBe(before);
  });

  it('records a change that took effect before it was notified as late', async () => {
    expect((await change({ effectiveOn: dealerDay(-3), address: '北京市海淀區' }).expect(201)).body.late).toBe(true);
  });

  it('shows the organisation in force on a day, the changes scheduled after it, and the history with its late flags', async () => {
    const today = (await eventually(() => organisationOn(dealerDay(0)), (r) => r.body.history?.length === 3)).body;
    expect(today.inForce).toEqual({ address: '北京市海淀區', hotline: '010-1111', technicians: [] });
    expect(today.scheduled.map((c: { effectiveOn: string }) => c.effectiveOn)).toEqual([dealerDay(6), dealerDay(7)]);
    expect(today.history.map((c: { late: boolean }) => c.late)).toEqual([false, true, true]);
    expect(today.lateChanges).toBe(2);
    const later = (await organisationOn(dealerDay(7)).expect(200)).body;
    expect(later.inForce).toEqual({ address: '北京市海淀區', hotline: '010-2222', serviceManager: '李志強', technicians: [] });
    expect(later.scheduled).toEqual([]);
  });

  it('is not late when no agreement is in force on the effective date (before the first agreement)', async () => {
    expect((await change({ effectiveOn: '2025-06-01', hotline: '010-0000' }).expect(201)).body.late).toBe(false);
  });

  it('refuses bad input naming the field, and records nothing', async () => {
    const before = await commits(f);
    const problems = async (body: object, status = 400) => (await change(body).expect(status)).body.problems;
    expect(await problems({ effectiveOn: '2026-02-30', hotline: 'x' })).toEqual([{ field: 'effectiveOn', reason: expect.any(String) }]);
    expect(await problems({ effectiveOn: dealerDay(9), hotline: '' })).toEqual([{ field: 'hotline', reason: expect.any(String) }]);
    expect(await problems({ effectiveOn: dealerDay(9), fax: '010' })).toEqual([expect.objectContaining({ field: 'fax' })]);
    expect(await problems({ effectiveOn: dealerDay(9) }, 422)).toEqual([{ field: 'address', reason: expect.stringContaining('at least one of') }]);
    expect((await f.http.post('/dealers/D0799/organisation/changes').send({ effectiveOn: dealerDay(9), hotline: '1' }).expect(404)).body.problems)
      .toEqual([{ field: 'code', reason: expect.any(String) }]);
    expect((await f.http.get(`/dealers/${D}/organisation?on=tomorrow`).expect(400)).body.problems[0].field).toBe('on');
    expect(await commits(f)).toBe(before);
  });
});

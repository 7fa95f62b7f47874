import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { ContractsModule } from '../contracts.module';

type HistoryEvent = { eventId: string; type: string; version: number; actor: string; correlationId: string; streamId: string; data: Record<string, unknown> };
type Page = { dealerCode: string; items: HistoryEvent[]; next: string | null };

const agreement = (validFrom: string, validTo: string) => ({ validFrom, validTo, fundModel: 'per-unit', allowancePerUnitFen: 100 });

/** GET /history/{dealerCode} of service-kit, on contracts: its own events about a dealer, newest first, page by page. */
describe('contracts: a dealer history', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const history = (code: string, query: Record<string, string | number> = {}) => request(svc.http).get(`/history/${code}`).query(query);

  beforeAll(async () => {
    ctx = await createTestContext('contracts-history');
    svc = await startService(ctx, 'contracts', ContractsModule.register);
    const as = (actor: string, correlationId: string) => ({ 'x-actor': actor, 'x-correlation-id': correlationId });
    await request(svc.http).post('/dealers').set(as('manager', 'c-1')).send({ code: 'D0701', name: '史測試', region: 'north' }).expect(201);
    await request(svc.http).post('/dealers').send({ code: 'D0702', name: 'Other', region: 'north' }).expect(201);
    await request(svc.http).post('/dealers/D0701/agreements').set(as('clerk', 'c-2')).send(agreement('2026-01-01', '2026-12-31')).expect(201);
    await request(svc.http).post('/dealers/D0701/agreements').set(as('clerk', 'c-3')).send(agreement('2027-01-01', '2027-12-31')).expect(201);
  });
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('answers every event about the dealer, newest first, with who did it and under which request', async () => {
    const { body } = await history('D0701').expect(200) as { body: Page };
    expect(body.items.map((e) => [e.type, e.version, e.actor, e.correlationId])).toEqual([
      ['contracts.AgreementSigned', 2, 'clerk', 'c-3'],
      ['contracts.AgreementSigned', 1, 'clerk', 'c-2'],
      ['contracts.DealerRegistered', 1, 'manager', 'c-1'],
    ]);
    expect(body.items[2]).toEqual({
      eventId: expect.any(String), type: 'contracts.DealerRegistered', occurredAt: expect.any(String), recordedAt: expect.any(String),
      actor: 'manager', correlationId: 'c-1', streamType: 'dealer', streamId: 'dealer-D0701', version: 1,
      data: expect.objectContaining({ code: 'D0701', name: '史測試', region: 'north' }),
    });
    expect(body.next).toBeNull();
  });

  async function allPages(code: string, limit: number): Promise<{ pages: number; seen: string[] }> {
    const seen: string[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const { body } = await history(code, { limit, ...(before ? { before } : {}) }).expect(200) as { body: Page };
      seen.push(...body.items.map((e) => `${e.streamId}@${e.version}`));
      before = body.next;
      pages++;
    } while (before !== null && pages < 10);
    return { pages, seen };
  }

  it('pages with the cursor of the page before, each event once, then null', async () => {
    expect(await allPages('D0701', 1)).toEqual({ pages: 3, seen: ['agreements-D0701@2', 'agreements-D0701@1', 'dealer-D0701@1'] });
  });

  it('pages inside a commit of several events: a cursor may end half-way through one', async () => {
    const events = [1, 2, 3].map((n) => ({ type: 'contracts.DealerRegistered', schemaVersion: 1, data: { code: 'D0703', name: `v${n}`, region: 'north', timeZone: 'UTC' } }));
    const at = new Date().toISOString();
    await svc.infra.store.append({ streamId: 'test-D0703', streamType: 'test', dealerCode: 'D0703' }, 0, events,
      { metadata: { correlationId: 'c-9', causationId: null, actor: 'test' }, occurredAt: at, recordedAt: at });
    expect(await allPages('D0703', 2)).toEqual({ pages: 2, seen: ['test-D0703@3', 'test-D0703@2', 'test-D0703@1'] });
  });

  it('is empty for a dealer this service has no event of', async () => {
    expect((await history('D0799').expect(200)).body).toEqual({ dealerCode: 'D0799', items: [], next: null });
  });

  it.each([
    ['a dealer code of the wrong form', '/history/x1', 'dealerCode'],
    ['a limit of 0', '/history/D0701?limit=0', 'limit'],
    ['a limit past 500', '/history/D0701?limit=501', 'limit'],
    ['a cursor with other characters', '/history/D0701?before=a.b', 'before'],
    ['a repeated cursor', '/history/D0701?before=a&before=b', 'before'],
    ['an operator object for the cursor', '/history/D0701?before[$gt]=', 'before[$gt]'],
    ['an unknown parameter', '/history/D0701?dealerCode=D0702', 'dealerCode'],
  ])('%s is a 400 naming it', async (_name, path, field) => {
    const res = await request(svc.http).get(path).expect(400);
    expect(res.body.problems.map((p: { field: string }) => p.field)).toContain(field);
  });

  it.each([
    ['text', 'abc'],
    ['a JSON object', Buffer.from('{"$gt":""}').toString('base64url')],
    ['a triple of other types', Buffer.from('[1,{"$ne":1},"x"]').toString('base64url')],
  ])('a well-formed cursor that decodes to %s is a 422 naming before', async (_name, before) => {
    const res = await history('D0701', { before }).expect(422);
    expect(res.body.problems).toEqual([{ field: 'before', reason: expect.stringMatching(/earlier page/) }]);
  });
});

import { dateIn } from '@aftersales/calendar';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { ContractsModule } from '../../contracts.module';

/** Kiribati's Line Islands (UTC+14): its date is a day ahead of UTC for most of the UTC day. */
export const DEALER_ZONE = 'Pacific/Kiritimati';
export const TERMS = { fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true };

export interface OrganisationFixture { ctx: TestContext; svc: ServiceUnderTest; http: ReturnType<typeof request> }

/** The contracts service on the real Kafka and FerretDB, with dealers registered and agreements signed (noticeDays 7, 2 free places). */
export async function startWithDealers(name: string, dealers: string[], validFrom = '2026-01-01', validTo = '2030-12-31'): Promise<OrganisationFixture> {
  const ctx = await createTestContext(name);
  const svc = await startService(ctx, 'contracts', ContractsModule.register);
  const http = request(svc.http);
  for (const code of dealers) {
    await http.post('/dealers').send({ code, name: `維修站 ${code}`, region: 'north', timeZone: DEALER_ZONE, hotline: '010-1111', address: '北京' }).expect(201);
    await http.post(`/dealers/${code}/agreements`).send({ ...TERMS, validFrom, validTo }).expect(201);
  }
  for (const code of dealers) await eventually(() => http.get(`/dealers/${code}/agreements`), (r) => r.body.items?.length === 1);
  return { ctx, svc, http };
}

export async function stop(fixture?: OrganisationFixture): Promise<void> {
  await fixture?.svc.close();
  await fixture?.ctx.dispose();
}

/** The dealer's calendar date `days` from today there. */
export function dealerDay(days = 0): string {
  const today = dateIn(new Date(), DEALER_ZONE);
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Events appended so far: a refused request appends none. */
export const commits = (fixture: OrganisationFixture) => fixture.svc.infra.store.commits.countDocuments({});

// The organisation area's demo (runs first among the areas: the feeds' lookups need it): the
// catalog's models and parts, every dealer's technicians and their certificates (network-data.mjs),
// one change of D0001's organisation notified late, and one training session with bookings, one
// dealer booking beyond its free places. Idempotent: each request names its keys, and the same
// request again changes nothing (200).
import { call, expectOk } from './http.mjs';
import { MODELS, PARTS, TECHNICIANS } from './network-data.mjs';

/** Effective 2026-11-20, notified on the day the demo runs: after it took effect, so late. */
const LATE_CHANGE = { dealerCode: 'D0001', effectiveOn: '2026-11-20', hotline: '010-6501-8899', serviceManager: '李志強' };
const SESSION = { trainingSessionId: 'TS-2026-11-PR', title: '針式打印機 PR-630K/730K 維修培訓', startsOn: '2026-11-16', days: 3 };
/** D0001's agreement gives two free places: its third is chargeable. */
const BOOKINGS = [{ dealerCode: 'D0001', places: 3 }, { dealerCode: 'D0002', places: 2 }, { dealerCode: 'D0005', places: 1 }];

export default async function organisation(urls, log = console.log) {
  const contracts = urls.contracts;
  for (const model of MODELS) expectOk(await call(contracts, 'POST', '/catalog/models', model), `model ${model.model}`);
  for (const part of PARTS) expectOk(await call(contracts, 'POST', '/catalog/parts', part), `part ${part.partNo}`);
  log(`catalog: ${MODELS.length} models, ${PARTS.length} parts`);

  for (const { dealerCode, technicianId, name, joinedOn, certificate } of TECHNICIANS) {
    const path = `/dealers/${encodeURIComponent(dealerCode)}/technicians`;
    expectOk(await call(contracts, 'POST', path, { technicianId, name, effectiveOn: joinedOn }), `technician ${technicianId}`);
    if (certificate) expectOk(await call(contracts, 'POST', `${path}/${encodeURIComponent(technicianId)}/certificates`, certificate), `certificate ${certificate.certificateNo}`);
  }
  log(`technicians: ${TECHNICIANS.length}, certificates: ${TECHNICIANS.filter((t) => t.certificate).length}`);

  const { dealerCode, ...change } = LATE_CHANGE;
  expectOk(await call(contracts, 'POST', `/dealers/${dealerCode}/organisation/changes`, change), `organisation change of ${dealerCode}`);

  expectOk(await call(contracts, 'POST', '/training-sessions', SESSION), `training session ${SESSION.trainingSessionId}`);
  for (const booking of BOOKINGS) {
    expectOk(await call(contracts, 'POST', `/training-sessions/${SESSION.trainingSessionId}/bookings`, booking), `booking of ${booking.dealerCode}`);
  }
  log(`organisation: a late change of ${dealerCode}, training session ${SESSION.trainingSessionId} with ${BOOKINGS.length} bookings`);
}

import { dateIn } from '@aftersales/calendar';
import { dueDateOf, lastDayOf, nextPeriod, periodOf } from '@aftersales/dealer-feeds-domain';
import { PublishedFeedKind, versionInForce } from '@aftersales/integration-events';
import { NetworkAgreement, NetworkDealer } from '../read-models/network.schemas';

/** A deadline past its due date on the dealer's calendar. */
export interface PastDeadline {
  dealerCode: string;
  period: string;
  kind: PublishedFeedKind;
  dueDate: string;
  /** Today on the dealer's calendar. */
  today: string;
}

/**
 * The deadlines of one dealer whose due date has passed by `now` on its calendar: every period
 * from its first agreement (or `since`) whose last day an agreement covers, × each expected kind.
 */
export function pastDeadlines(dealer: Pick<NetworkDealer, '_id' | 'timeZone'>, agreements: NetworkAgreement[], now: Date,
  kinds: readonly PublishedFeedKind[], since?: string): PastDeadline[] {
  if (agreements.length === 0) return [];
  const today = dateIn(now, dealer.timeZone);
  const first = agreements.reduce((min, a) => (a.validFrom < min ? a.validFrom : min), agreements[0]?.validFrom ?? today);
  const past: PastDeadline[] = [];
  const start = since && since > periodOf(first) ? since : periodOf(first);
  for (let period = start; period < periodOf(today); period = nextPeriod(period)) {
    const agreement = versionInForce(agreements, lastDayOf(period));
    if (!agreement) continue;
    const dueDate = dueDateOf(period, agreement.feedDueDay);
    if (today <= dueDate) break; // later periods are due later still
    for (const kind of kinds) past.push({ dealerCode: dealer._id, period, kind, dueDate, today });
  }
  return past;
}

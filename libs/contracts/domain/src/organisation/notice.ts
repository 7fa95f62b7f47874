const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `from` to `to` (negative when `to` is earlier), both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * 第二條 2: a change must be notified at least `noticeDays` before it takes effect; one notified
 * fewer days ahead (or after it took effect) is recorded and flagged late. `noticeDays` is the
 * term of the agreement in force on the effective date; with none in force that day no notice
 * period binds the dealer (before its first agreement, the organisation it signed with): not late.
 */
export function isLateNotice(notifiedOn: string, effectiveOn: string, noticeDays: number | undefined): boolean {
  return noticeDays !== undefined && daysBetween(notifiedOn, effectiveOn) < noticeDays;
}

/**
 * Dealer-local wall-clock time ↔ UTC with Intl only (no tz database of our own): the
 * offset at an instant comes from Intl.DateTimeFormat and is cached per quarter hour,
 * since every time-zone transition in the tz database falls on a quarter hour.
 */
const QUARTER_HOUR = 15 * 60 * 1000;
const MAX_CACHED = 100_000;

const zones = new Map<string, { format: Intl.DateTimeFormat; offsets: Map<number, number> }>();

function zone(timeZone: string) {
  let found = zones.get(timeZone);
  if (!found) {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    found = { format, offsets: new Map() };
    zones.set(timeZone, found);
  }
  return found;
}

/** Throws RangeError for a name Intl does not know, e.g. 'Asia/Shangai'. */
export function assertTimeZone(timeZone: string): void {
  zone(timeZone);
}

/** Milliseconds to add to a UTC instant to get the wall-clock time in `timeZone`. */
export function offsetAt(timeZone: string, utcMs: number): number {
  const { format, offsets } = zone(timeZone);
  const bucket = Math.floor(utcMs / QUARTER_HOUR);
  let offset = offsets.get(bucket);
  if (offset === undefined) {
    const at = bucket * QUARTER_HOUR;
    const parts: Record<string, number> = {};
    for (const { type, value } of format.formatToParts(at)) parts[type] = Number(value);
    const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    offset = wall - at;
    if (offsets.size >= MAX_CACHED) offsets.clear();
    offsets.set(bucket, offset);
  }
  return offset;
}

/**
 * The UTC instant of a wall-clock time given as if it were UTC (Date.UTC of its fields).
 * A time inside a spring-forward gap does not exist; it is read with the earlier offset
 * rather than rejected, as a dealer's clock would show it.
 */
export function wallClockToUtc(timeZone: string, wallMs: number): number {
  const before = offsetAt(timeZone, wallMs - offsetAt(timeZone, wallMs));
  const candidate = wallMs - before;
  const after = offsetAt(timeZone, candidate);
  return after === before ? candidate : Math.min(candidate, wallMs - after);
}

/** The wall-clock time in `timeZone` of a UTC instant, as a Date whose UTC fields show it. */
export function utcToWallClock(timeZone: string, utc: Date): Date {
  return new Date(utc.getTime() + offsetAt(timeZone, utc.getTime()));
}

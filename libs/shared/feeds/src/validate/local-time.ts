/**
 * Dealer-local wall-clock time ↔ UTC with Intl only (no tz database of our own): the
 * offset at an instant comes from Intl.DateTimeFormat and is cached per quarter hour,
 * since every time-zone transition in the tz database falls on a quarter hour.
 */
const QUARTER_HOUR = 15 * 60 * 1000;
const MAX_CACHED = 100_000;

const zones = new Map<string, { format: Intl.DateTimeFormat; offsets: Map<number, number>; shifts: Map<number, number> }>();

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
    found = { format, offsets: new Map<number, number>(), shifts: new Map<number, number>() };
    zones.set(timeZone, found);
  }
  return found;
}

/** Throws RangeError for a name Intl does not know, e.g. 'Asia/Shangai'. */
export function assertTimeZone(timeZone: string): void {
  zone(timeZone);
}

type Zone = ReturnType<typeof zone>;

/** Milliseconds to add to a UTC instant to get the wall-clock time in `timeZone`. */
export function offsetAt(timeZone: string, utcMs: number): number {
  return zoneOffset(zone(timeZone), utcMs);
}

function zoneOffset(found: Zone, utcMs: number): number {
  const { format, offsets } = found;
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

let lastZoneName = '';
let lastZone: Zone | undefined;

/**
 * The UTC instant of a wall-clock time given as if it were UTC (Date.UTC of its fields).
 * A time inside a spring-forward gap does not exist; it is read with the earlier offset
 * rather than rejected, as a dealer's clock would show it.
 */
export function wallClockToUtc(timeZone: string, wallMs: number): number {
  if (timeZone !== lastZoneName || lastZone === undefined) {
    lastZone = zone(timeZone);
    lastZoneName = timeZone;
  }
  const found = lastZone;
  const bucket = Math.floor(wallMs / QUARTER_HOUR);
  const shift = found.shifts.get(bucket);
  if (shift !== undefined) return wallMs - shift;
  const utc = exactWallClockToUtc(found, wallMs);
  const constant = bucketShift(found, bucket);
  if (constant !== undefined) {
    if (found.shifts.size >= MAX_CACHED) found.shifts.clear();
    found.shifts.set(bucket, constant);
  }
  return utc;
}

function exactWallClockToUtc(found: Zone, wallMs: number): number {
  const before = zoneOffset(found, wallMs - zoneOffset(found, wallMs));
  const candidate = wallMs - before;
  const after = zoneOffset(found, candidate);
  return after === before ? candidate : Math.min(candidate, wallMs - after);
}

/**
 * The shift (wall − UTC) that exactWallClockToUtc gives every wall time of one quarter-hour
 * bucket, when it is the same for all of them: the offsets it reads are constant per UTC
 * quarter hour, so it is when each of the UTC buckets it can read agrees. Else undefined.
 */
function bucketShift(found: Zone, bucket: number): number | undefined {
  const start = bucket * QUARTER_HOUR;
  const end = start + QUARTER_HOUR - 1;
  const first = zoneOffset(found, start); // same bucket as `end`
  const before = sameOffset(found, start - first, end - first);
  if (before === undefined) return undefined;
  const after = sameOffset(found, start - before, end - before);
  if (after === undefined) return undefined;
  return after === before ? before : Math.max(before, after);
}

function sameOffset(found: Zone, fromMs: number, toMs: number): number | undefined {
  const a = zoneOffset(found, fromMs);
  return zoneOffset(found, toMs) === a ? a : undefined;
}

/** The wall-clock time in `timeZone` of a UTC instant, as a Date whose UTC fields show it. */
export function utcToWallClock(timeZone: string, utc: Date): Date {
  return new Date(utc.getTime() + offsetAt(timeZone, utc.getTime()));
}

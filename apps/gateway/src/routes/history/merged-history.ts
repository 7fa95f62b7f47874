/** One event about a dealer, as each service's GET /history/{dealerCode} lists it. */
export interface HistoryEvent {
  eventId: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
  [field: string]: unknown;
}

/** A page of one service's history (its `items`): newest first; `next` continues it (null at the end). */
export interface HistoryPage {
  events: HistoryEvent[];
  next: string | null;
}

/**
 * Where the merge stands in one service's history: the page that starts at `before` (the
 * service's own cursor; none for its newest page), of which `skip` events were already shown;
 * `done` when all of it was.
 */
export type Position = { before?: string; skip: number } | 'done';
export type Positions = Record<string, Position>;

export type ReadPage = (service: string, before: string | undefined, limit: number) => Promise<HistoryPage>;

interface Chunk { service: string; before?: string; skip: number; page: HistoryPage; taken: number }

/** Newest first: by recordedAt, then occurredAt, then the event id (uuid v7, time-ordered). */
const newer = (a: HistoryEvent, b: HistoryEvent) =>
  a.recordedAt !== b.recordedAt ? a.recordedAt > b.recordedAt : a.occurredAt !== b.occurredAt ? a.occurredAt > b.occurredAt : a.eventId > b.eventId;

const head = (chunk: Chunk) => chunk.page.events[chunk.skip + chunk.taken];

/**
 * Every service's history of a dealer as one list, newest first, a page at a time. The services'
 * cursors are opaque, so the merge remembers, per service, the page it is in and how much of it
 * was shown; a service's next page is read only when its current one is used up.
 */
export async function mergedHistory(positions: Positions, limit: number, read: ReadPage): Promise<{ events: HistoryEvent[]; positions: Positions | null }> {
  const open = Object.entries(positions).filter((entry): entry is [string, Exclude<Position, 'done'>] => entry[1] !== 'done');
  const chunks: Chunk[] = await Promise.all(open.map(async ([service, at]) =>
    // At least past what was shown: a client may ask the next page with a smaller limit than the last.
    ({ service, before: at.before, skip: at.skip, page: await read(service, at.before, Math.max(limit, at.skip + 1)), taken: 0 })));
  const events: HistoryEvent[] = [];
  while (events.length < limit) {
    await Promise.all(chunks.map(async (c) => {
      const next = c.page.next;
      if (!head(c) && next) Object.assign(c, { before: next, skip: 0, taken: 0, page: await read(c.service, next, limit) });
    }));
    let newest: { chunk: Chunk; event: HistoryEvent } | undefined;
    for (const chunk of chunks) {
      const event = head(chunk);
      if (event && (!newest || newer(event, newest.event))) newest = { chunk, event };
    }
    if (!newest) break;
    events.push(newest.event);
    newest.chunk.taken += 1;
  }
  const next: Positions = { ...positions };
  for (const c of chunks) {
    next[c.service] = head(c) ? { ...(c.before ? { before: c.before } : {}), skip: c.skip + c.taken } : c.page.next ? { before: c.page.next, skip: 0 } : 'done';
  }
  return { events, positions: Object.values(next).every((p) => p === 'done') ? null : next };
}

/** The first page: every service from its newest event. */
export const fromNewest = (services: string[]): Positions => Object.fromEntries(services.map((s) => [s, { skip: 0 }]));

/** The `before` cursor the gateway hands out: the positions, base64url JSON. */
export function encodeCursor(positions: Positions): string {
  return Buffer.from(JSON.stringify(positions)).toString('base64url');
}

/** A cursor read back; undefined when it is not one this gateway wrote for these services. */
export function decodeCursor(cursor: string, services: string[]): Positions | undefined {
  try {
    const positions = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!positions || typeof positions !== 'object' || Array.isArray(positions)) return undefined;
    const entries = Object.entries(positions as Record<string, unknown>);
    const valid = entries.length === services.length && entries.every(([service, p]) => services.includes(service) && (p === 'done' || isAt(p)));
    return valid ? (positions as Positions) : undefined;
  } catch {
    return undefined;
  }
}

function isAt(p: unknown): boolean {
  if (!p || typeof p !== 'object') return false;
  const { before, skip, ...rest } = p as { before?: unknown; skip?: unknown };
  return Object.keys(rest).length === 0 && (before === undefined || (typeof before === 'string' && before.length <= 1000))
    && typeof skip === 'number' && Number.isSafeInteger(skip) && skip >= 0 && skip <= 10_000;
}

import fc from 'fast-check';
import { decodeCursor, encodeCursor, fromNewest, HistoryEvent, mergedHistory, Positions, ReadPage } from './merged-history';

const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
const event = (service: string, n: number): HistoryEvent => ({ eventId: `${service}-${n}`, type: 'X', occurredAt: at(n), recordedAt: at(n) });

/** Services whose history pages by an index cursor (opaque to the merge), as the real ones page by theirs. */
function services(histories: Record<string, number[]>): { read: ReadPage; reads: string[] } {
  const reads: string[] = [];
  const read: ReadPage = async (service, before, limit) => {
    reads.push(service);
    const all = [...histories[service]!].sort((a, b) => b - a).map((n) => event(service, n));
    const start = before ? Number(before.replace('i', '')) : 0;
    const events = all.slice(start, start + limit);
    return { events, next: start + limit < all.length ? `i${start + limit}` : null };
  };
  return { read, reads };
}

async function walk(histories: Record<string, number[]>, limits: number[]): Promise<string[]> {
  const { read } = services(histories);
  let positions: Positions | null = fromNewest(Object.keys(histories));
  const shown: string[] = [];
  for (let page = 0; positions && page < 1000; page++) {
    const limit = limits[page % limits.length]!;
    const result = await mergedHistory(decodeCursor(encodeCursor(positions), Object.keys(histories))!, limit, read);
    expect(result.events.length).toBeLessThanOrEqual(limit);
    if (result.positions) expect(result.events).toHaveLength(limit);
    shown.push(...result.events.map((e) => e.eventId));
    positions = result.positions;
  }
  return shown;
}

const merged = (histories: Record<string, number[]>) =>
  Object.entries(histories).flatMap(([s, ns]) => ns.map((n) => ({ s, n }))).sort((a, b) => b.n - a.n || (b.s > a.s ? 1 : -1)).map(({ s, n }) => `${s}-${n}`);

describe('the dealer history merged from every service', () => {
  it('lists every event once, newest first, in full pages, however the services interleave', async () => {
    const histories = { contracts: [1, 2, 3, 10, 11, 12, 13], settlements: [4, 5, 6, 7, 8, 9, 14] };
    expect(await walk(histories, [3])).toEqual(merged(histories));
    expect(await walk(histories, [1])).toEqual(merged(histories));
    expect(await walk(histories, [50])).toEqual(merged(histories));
  });

  it('holds for any histories and any page sizes, also when the client changes the size between pages', async () => {
    const times = fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { maxLength: 30 });
    await fc.assert(fc.asyncProperty(times, times, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 4 }), async (a, b, limits) => {
      const histories = { contracts: a, settlements: b.filter((n) => !a.includes(n)) };
      expect(await walk(histories, limits)).toEqual(merged(histories));
    }), { numRuns: 150 });
  });

  it('reads nothing more of a service once its history is shown, and ends with no cursor', async () => {
    const { read, reads } = services({ contracts: [1], settlements: [2, 3, 4] });
    const first = await mergedHistory(fromNewest(['contracts', 'settlements']), 2, read);
    expect(first.events.map((e) => e.eventId)).toEqual(['settlements-4', 'settlements-3']);
    reads.length = 0;
    const second = await mergedHistory(first.positions!, 5, read);
    expect({ events: second.events.map((e) => e.eventId), positions: second.positions }).toEqual({ events: ['settlements-2', 'contracts-1'], positions: null });
    expect(reads.sort()).toEqual(['contracts', 'settlements']);
  });

  it.each([['not base64 json', '%%%'], ['another service', encodeCursor({ parts: { skip: 0 } })], ['a negative skip', encodeCursor({ contracts: { skip: -1 }, settlements: 'done' })]])(
    'refuses a cursor it did not write: %s', (_case, cursor) => {
      expect(decodeCursor(cursor, ['contracts', 'settlements'])).toBeUndefined();
    });
});

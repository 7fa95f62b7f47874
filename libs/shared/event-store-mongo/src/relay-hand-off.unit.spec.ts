import { CommitDocument } from './commit';
import { HandOff } from './relay-hand-off';

const commit = (streamId: string, version: number): CommitDocument => ({
  _id: `${streamId}@${version}`, streamId, streamType: 'fund', dealerCode: 'D1', firstVersion: version, lastVersion: version,
  events: [], published: false, recordedAt: '2026-07-15T00:00:00.000Z',
});
const ids = (commits: CommitDocument[]) => commits.map((c) => c._id);

describe('HandOff (the relay publishes from memory only when no earlier version of a stream waits in the store)', () => {
  it('is off until a complete scan: commits appended before it are left to the scan, later ones are collected', () => {
    const handOff = new HandOff(100);
    handOff.offer(commit('S', 1)); // before the first scan: in the store
    expect(handOff.next(10)).toEqual([]);
    expect(handOff.waiting).toBe(true);
    handOff.scanStarting();
    handOff.offer(commit('S', 2)); // during the scan
    expect(handOff.next(10)).toEqual([]); // not before the scan's batch is out
    handOff.scanFinished([commit('S', 1)], true);
    expect(ids(handOff.next(10))).toEqual(['S@2']);
  });

  it('drops from the queue what the scan has just published', () => {
    const handOff = new HandOff(100);
    handOff.scanStarting();
    handOff.offer(commit('S', 1));
    handOff.offer(commit('S', 2));
    handOff.scanFinished([commit('S', 1)], true);
    expect(ids(handOff.next(10))).toEqual(['S@2']);
  });

  it('a full queue in an outage turns the hand-off off, so a later version never overtakes a dropped one', () => {
    const handOff = new HandOff(2);
    handOff.scanStarting();
    handOff.scanFinished([], true);
    handOff.offer(commit('S', 1));
    handOff.offer(commit('S', 2));
    handOff.offer(commit('S', 3)); // dropped: the queue is full
    handOff.done(2); // the outage ends
    handOff.offer(commit('S', 4));
    expect(handOff.next(10)).toEqual([]); // S@4 waits for the scan that publishes S@1..S@3 first
    expect(handOff.waiting).toBe(true);
    handOff.scanStarting();
    handOff.offer(commit('S', 5));
    handOff.scanFinished([commit('S', 1), commit('S', 2), commit('S', 3), commit('S', 4)], true);
    expect(ids(handOff.next(10))).toEqual(['S@5']);
  });

  it('an append with an unknown outcome, a scan that fails, or a backlog in the store turn it off as well', () => {
    const handOff = new HandOff(100);
    handOff.scanStarting();
    handOff.scanFinished([], true);
    handOff.offer(commit('S', 1));
    handOff.distrust(); // the insert of S@2 timed out: it may be stored
    handOff.offer(commit('S', 3));
    expect(handOff.next(10)).toEqual([]);

    handOff.scanStarting();
    handOff.offer(commit('S', 4));
    handOff.scanFailed();
    expect(handOff.trusted).toBe(false);

    handOff.scanStarting();
    handOff.offer(commit('T', 9));
    handOff.scanFinished([commit('S', 1), commit('S', 2)], false); // a full batch: more in the store
    expect(handOff.next(10)).toEqual([]);
    expect(handOff.waiting).toBe(true);
    handOff.scanStarting();
    handOff.scanFinished([commit('S', 3), commit('S', 4), commit('T', 9)], true);
    expect(handOff.trusted).toBe(true);
    expect(handOff.waiting).toBe(false);
  });
});

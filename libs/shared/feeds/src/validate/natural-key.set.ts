/**
 * The natural keys seen in one file, to report duplicates (docs/feeds.md "duplicate keys inside
 * the file"). Keys are kept as two independent 32-bit hashes plus the row they came from,
 * in typed arrays: 12 bytes a row instead of a string per row, so a million-row file costs
 * ~24 MiB and memory stays flat in the size of the cells. Two different keys are taken for
 * the same only if both 32-bit hashes collide (odds ~1 in 10^10 for a million rows).
 */
export class NaturalKeySet {
  private slots = new Uint32Array(3 * 1024);
  private capacity = 1024;
  private size = 0;

  /** The row that already had `key`, or undefined after remembering it for `row` (≥ 1). */
  firstRowOf(key: string, row: number): number | undefined {
    hashes(key);
    const a = hashed[0];
    const b = hashed[1];
    let slot = a & (this.capacity - 1);
    for (;;) {
      const at = slot * 3;
      const seenRow = this.slots[at + 2];
      if (seenRow === 0) break;
      if (this.slots[at] === a && this.slots[at + 1] === b) return seenRow;
      slot = (slot + 1) & (this.capacity - 1);
    }
    this.insert(a, b, row);
    return undefined;
  }

  private insert(a: number, b: number, row: number): void {
    if ((this.size + 1) * 2 > this.capacity) this.grow();
    let slot = a & (this.capacity - 1);
    while (this.slots[slot * 3 + 2] !== 0) slot = (slot + 1) & (this.capacity - 1);
    const at = slot * 3;
    this.slots[at] = a;
    this.slots[at + 1] = b;
    this.slots[at + 2] = row;
    this.size += 1;
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Uint32Array(this.capacity * 3);
    this.size = 0;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] !== 0) this.insert(old[at], old[at + 1], old[at + 2]);
    }
  }
}

/** The two hashes of the last key, in one reused array. */
const hashed = new Uint32Array(2);

/** FNV-1a and a murmur-style mix over UTF-16 code units, seeded differently, into `hashed`. */
function hashes(key: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  hashed[0] = a >>> 0;
  hashed[1] = (b ^ (b >>> 13)) >>> 0;
}

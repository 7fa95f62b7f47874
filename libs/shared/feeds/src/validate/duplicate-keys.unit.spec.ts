import Papa from 'papaparse';
import { validateFeed } from '../index';
import { rowTexts } from '../export/row.formatter';
import type { FeedKind } from '../kinds/feed-kind';
import { kindDefinition } from '../kinds/kinds.registry';
import { PERIOD, sampleRow } from '../testing/feed-fixtures';

/** A cell of each kind that is wrong on its own, outside the natural key. */
const BROKEN: Record<FeedKind, [column: string, value: string, code: string]> = {
  repairs: ['fault_level', '9', 'out-of-range'],
  parts: ['qty', 'x', 'not-whole-number'],
  sales: ['model', '', 'required'],
  'warranty-cards': ['customer_name', '', 'required'],
  satisfaction: ['attitude', '9', 'out-of-range'],
  opinions: ['category', 'teleport', 'not-a-choice'],
};

/** A CSV of the kind: the sample row `i` of each line, with the cells given replaced. */
function file(kind: FeedKind, lines: { i: number; set?: Record<string, string> }[]): Buffer {
  const columns = kindDefinition(kind).columns.map((c) => c.key);
  const rows = lines.map(({ i, set = {} }) => {
    const texts = rowTexts(kind, sampleRow(kind, i), 'Asia/Shanghai');
    return columns.map((column, position) => set[column] ?? texts[position]);
  });
  return Buffer.from(`${Papa.unparse([columns, ...rows], { newline: '\r\n' })}\r\n`);
}

/** docs/feeds.md: duplicate keys inside the file, and every problem in one pass. */
describe.each(Object.keys(BROKEN) as FeedKind[])('given a %s file whose natural key repeats', (kind) => {
  const [column, value, code] = BROKEN[kind];
  const broken = { [column]: value };

  it('when the first row with the key has an error of its own, then every repeat is still a duplicate of it', async () => {
    // Rows 2 to 4 share sample 1's key; row 2 and row 4 are also wrong elsewhere; row 5 is another key.
    const { problems } = await validateFeed(file(kind, [{ i: 1, set: broken }, { i: 1 }, { i: 1, set: broken }, { i: 2 }]), { kind, period: PERIOD });
    const found = problems.map((p) => [p.row, p.code, p.code === 'duplicate-key' ? p.message.en : p.column]);
    const key = kindDefinition(kind).naturalKey.map((k) => String((sampleRow(kind, 1) as unknown as Record<string, unknown>)[k])).join(' + ');
    expect(found).toEqual([
      [2, code, column],
      [3, 'duplicate-key', `same key as row 2: ${key}`],
      [4, 'duplicate-key', `same key as row 2: ${key}`],
      [4, code, column],
    ]);
  });

  it('when only the repeats are wrong elsewhere, then each is a duplicate and its own error too', async () => {
    const { problems, summary } = await validateFeed(file(kind, [{ i: 1 }, { i: 1, set: broken }, { i: 1, set: broken }]), { kind, period: PERIOD });
    expect(problems.map((p) => [p.row, p.code])).toEqual([[3, 'duplicate-key'], [3, code], [4, 'duplicate-key'], [4, code]]);
    expect(summary).toMatchObject({ rows: 3, validRows: 1, errors: 4 });
  });
});

describe('given a row whose key cell itself is wrong', () => {
  it('then its key is not compared (the cell is reported once, as what it is)', async () => {
    const longKey = 'R'.repeat(65);
    const { problems } = await validateFeed(file('parts', [{ i: 1, set: { record_no: longKey } }, { i: 1, set: { record_no: longKey } }]), { kind: 'parts' });
    expect(problems.map((p) => [p.row, p.code])).toEqual([[2, 'too-long'], [3, 'too-long']]);
  });
});

import fc from 'fast-check';
import { FeedKind, readFeed, writeFeedCsv, writeFeedJsonl } from './index';
import { RepairRow } from './kinds/repairs.row';
import { PartsRow } from './kinds/parts.row';
import { OpinionRow } from './kinds/opinions.row';
import { bytesOf, PERIOD, xlsxBytes } from './testing/feed-fixtures';

/** Text a dealer may type: Chinese (in both GBK and Big5), ASCII, quotes, commas, newlines. */
const SAFE_CHARS = [...'維修單號王小明開機無顯示滿意服務abcXYZ019 ,"\n;-_/'];
const text = (max: number) =>
  fc
    .array(fc.constantFrom(...SAFE_CHARS), { minLength: 1, maxLength: max })
    .map((chars) => chars.join('').trim())
    .filter((t) => t !== '' && !/^[=+\-@]/.test(t));
const code = fc.stringMatching(/^[A-Z][A-Z0-9-]{0,11}$/);

const repair = fc
  .record({
    record_no: code, serial_no: code, model: code, fault_code: code, technician_id: code,
    fault_level: fc.integer({ min: 1, max: 4 }),
    reported: fc.integer({ min: 0, max: 20 * 24 * 60 }),
    resolvedAfter: fc.integer({ min: 0, max: 5 * 24 * 60 }),
    description: fc.option(text(40), { nil: undefined }),
    labour_fee: fc.option(fc.integer({ min: 0, max: 99_999_999 }), { nil: undefined }),
    first_time_fix: fc.option(fc.boolean(), { nil: undefined }),
    service_mode: fc.option(fc.constantFrom('phone', 'remote', 'onsite', 'depot' as const), { nil: undefined }),
    sale_date: fc.option(fc.constantFrom('2023-12-31', '2024-03-31', '2020-02-29'), { nil: undefined }),
  })
  // Times are minutes into March 2024 in Shanghai (UTC+8), so the period rules hold.
  .map(({ reported, resolvedAfter, ...rest }) => {
    const row = Object.assign(new RepairRow(), rest, {
      reported_at: new Date(Date.UTC(2024, 2, 1, -8, reported)),
      resolved_at: new Date(Date.UTC(2024, 2, 1, -8, reported + resolvedAfter)),
    });
    for (const key of Object.keys(row) as (keyof RepairRow)[]) if (row[key] === undefined) delete row[key];
    return row;
  });

const part = fc.record({ record_no: code, part_no: code, qty: fc.integer({ min: 1, max: 9999 }) }).map((r) => Object.assign(new PartsRow(), r));
const opinion = fc
  .record({ opinion_no: code, received_at: fc.constantFrom('2024-03-01', '2024-03-31'), category: fc.constantFrom('complaint', 'suggestion', 'praise' as const), text: text(60) })
  .map((r) => Object.assign(new OpinionRow(), r));

const unique = <T extends object>(rows: T[], key: (row: T) => string) => rows.filter((row, i) => rows.findIndex((r) => key(r) === key(row)) === i);

async function readBack(kind: FeedKind, file: Buffer) {
  const reading = readFeed(file, { kind, period: PERIOD });
  const data = [];
  for await (const record of reading) data.push(record.data);
  const summary = await reading.summary();
  return { data, problems: summary.problems };
}

/** Each format, its writer, and how many generated files it reads back (a workbook takes a third of a second: fewer). */
const FORMATS: [string, (kind: FeedKind, rows: object[]) => Promise<Buffer>, number][] = [
  ['CSV UTF-8', (kind, rows) => bytesOf(writeFeedCsv(kind, rows, { headers: 'bilingual' })), 30],
  ['CSV GBK', (kind, rows) => bytesOf(writeFeedCsv(kind, rows, { encoding: 'gbk', headers: 'simplified' })), 30],
  ['CSV Big5', (kind, rows) => bytesOf(writeFeedCsv(kind, rows, { encoding: 'big5', headers: 'traditional' })), 30],
  ['XLSX', (kind, rows) => xlsxBytes([{ kind, rows, name: 'Sheet1' }]), 10],
  ['JSON Lines', (kind, rows) => bytesOf(writeFeedJsonl(kind, rows)), 30],
];

describe.each(FORMATS)('given valid generated rows written as %s', (_, write, numRuns) => {
  it.each([
    ['repairs', repair, (r: RepairRow) => r.record_no],
    ['parts', part, (r: PartsRow) => `${r.record_no}|${r.part_no}`],
    ['opinions', opinion, (r: OpinionRow) => r.opinion_no],
  ] as const)('when %s are read back, then they are unchanged', async (kind, arbitrary, key) => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitrary as fc.Arbitrary<object>, { minLength: 1, maxLength: 8 }), async (generated) => {
        const rows = unique(generated, key as (row: object) => string);
        const { data, problems } = await readBack(kind, await write(kind, rows));
        expect(problems).toEqual([]);
        expect(data).toEqual(rows);
      }),
      { numRuns },
    );
  });
});

describe('given text cells that look like formulas', () => {
  it('when written without escaping and read, then they are kept as text, never evaluated', async () => {
    const rows = ['=1+1', '+86 138', '-minus', '@SUM(A1)', '\tTAB'].map((t, i) =>
      Object.assign(new OpinionRow(), { opinion_no: `O-${i}`, received_at: '2024-03-01', category: 'praise', text: t }),
    );
    for (const file of [await bytesOf(writeFeedCsv('opinions', rows, { escapeFormulae: false })), await xlsxBytes([{ kind: 'opinions', rows }], false)]) {
      expect((await readBack('opinions', file)).data.map((r) => (r as OpinionRow).text)).toEqual(rows.map((r) => r.text));
    }
  });
});

import { parseYuan } from '@aftersales/money';
import { getMetadataStorage, validateSync } from 'class-validator';
import { KINDS } from '../kinds/kinds.registry';
import { sampleRow } from '../testing/feed-fixtures';
import type { FeedKind } from '../kinds/feed-kind';
import { parseCalendarDate, wallClockMs } from './calendar-cells';
import { plainYuanToFen } from './cell.parsers';
import { CompiledRowValidator, constraintTest } from './compiled-validator';
import { offsetAt, wallClockToUtc } from './local-time';

const VALUES: unknown[] = [
  undefined, null, '', ' ', 'a', 'x'.repeat(64), 'x'.repeat(65), '😀'.repeat(40), 'é\uFE0F'.repeat(40), 'y'.repeat(2001),
  0, -1, 1, 4, 5, 2.5, NaN, Infinity, -0, 12050, true, false, new Date(0), new Date(NaN), 'onsite', 'teleport', 'phone',
  new String('s'), new Boolean(true), {}, [],
];

describe('given the row classes compiled into plain checks', () => {
  const kinds = Object.keys(KINDS) as FeedKind[];

  it.each(kinds)('when %s values are checked, then every compiled check answers as class-validator does', (kind) => {
    const compiled = new CompiledRowValidator(KINDS[kind].rowClass as new () => object);
    const storage = getMetadataStorage();
    for (const property of compiled.properties) {
      for (const check of property.checks) {
        const metadata = storage
          .getTargetValidationMetadatas(KINDS[kind].rowClass, '', true, false)
          .find((m) => m.propertyName === property.property && storage.getTargetValidatorConstraints(m.constraintCls).some((c) => c.name === check.name));
        const constraint = storage.getTargetValidatorConstraints(metadata?.constraintCls as never)[0].instance;
        const exact = constraintTest(constraint, property.property, check.constraints);
        for (const value of VALUES) {
          const row = { [property.property]: value };
          expect([property.property, check.name, value, check.test(value, row)]).toEqual([property.property, check.name, value, exact(value, row)]);
        }
      }
    }
  });

  it.each(kinds)('when %s rows are changed cell by cell, then the broken properties are those of validateSync', (kind) => {
    const rowClass = KINDS[kind].rowClass as new () => object;
    const compiled = new CompiledRowValidator(rowClass);
    const base = sampleRow(kind, 7) as unknown as Record<string, unknown>;
    for (const property of Object.keys(base)) {
      for (const value of VALUES) {
        const row = Object.assign(new rowClass(), base, { [property]: value });
        const expected = validateSync(row).flatMap((e) => Object.keys(e.constraints ?? {}).map((name) => `${e.property}:${name}`));
        const actual = (compiled.validate(row) ?? []).map((b) => `${b.property}:${b.name}`);
        expect(actual.sort()).toEqual(expected.sort());
      }
    }
  });
});

describe('given cells scanned without regular expressions', () => {
  const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
  const DATE_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
  const TEXTS = [
    '2024-03-04 09:15', '2024-03-04 09:15:07', '2024/3/4 9:15', '2024-3-04T23:59:59', '2024-03-04 24:00', '2024-03-04 09:60',
    '2024-02-29 00:00', '2023-02-29 00:00', '1899-12-31 00:00', '2024-03-04 09:15:', '2024-03-04 09:1', '2024-03-04  09:15',
    '2024-03-04', '2024/3/5', '2024-03/05', '2024-003-04', '24-03-04', '2024-03-04T09:15Z', '２０２４-03-04', '2024-03-04 09:15:07.5',
    '', '2024', '2024-13-01', '2024-12-32', '2024-1-1 1:01', '12345',
  ];

  it.each(TEXTS)('when the text is %p, then the date and time read as the regular expressions say', (text) => {
    const m = DATE_TIME.exec(text);
    const valid = m && Number(m[4]) <= 23 && Number(m[5]) <= 59 && Number(m[6] ?? 0) <= 59 && parseCalendarDate(`${m[1]}-${m[2]}-${m[3]}`);
    const expected = valid
      ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0))
      : NaN;
    expect(wallClockMs(text)).toEqual(expected);
    if (!DATE.test(text)) expect(parseCalendarDate(text)).toBeUndefined();
  });

  it.each(['0', '1', '-1', '+1', '-0', '0.29', '1234.56', '1234.5', '1.999', '1.', '.5', '1,234.00', '9999999999999.99', '99999999999999', '-0.05', '+-1', ''])(
    'when the amount is %p, then the fen are those of parseYuan',
    (text) => {
      const fen = plainYuanToFen(text);
      if (Number.isNaN(fen)) return;
      expect(parseYuan(text)).toBe(fen); // Object.is: -0 is not 0
    },
  );

  it.each(['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu'])(
    'when wall-clock times in %s are converted, then the cached shifts give the exact instants',
    (zone) => {
      const exact = (wall: number) => {
        const before = offsetAt(zone, wall - offsetAt(zone, wall));
        const candidate = wall - before;
        const after = offsetAt(zone, candidate);
        return after === before ? candidate : Math.min(candidate, wall - after);
      };
      const starts = [Date.UTC(1900, 0, 1), Date.UTC(1940, 5, 1), Date.UTC(2024, 2, 9), Date.UTC(2024, 9, 5), Date.UTC(1991, 8, 14)];
      // the wrong ones collected, one expect at the end: 80,000 expect calls took seconds per zone
      const wrong: string[] = [];
      for (const start of starts) {
        for (let wall = start; wall < start + 40 * 86_400_000; wall += 7 * 60_000 + 13_000) {
          const want = exact(wall);
          const first = wallClockToUtc(zone, wall);
          const cached = wallClockToUtc(zone, wall); // again, from the cache
          if (first !== want || cached !== want) wrong.push(`${new Date(wall).toISOString()}: ${first}, ${cached}, not ${want}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});

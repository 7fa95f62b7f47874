import { validateFeed } from '../index';
import { csv, PERIOD } from '../testing/feed-fixtures';

const REPAIR_HEADERS = ['record_no', 'serial_no', 'model', 'sale_date', 'reported_at', 'resolved_at', 'fault_level', 'fault_code', 'technician_id', 'labour_fee', 'first_time_fix', 'service_mode'];
const GOOD = ['R-1', 'SN-1', 'LX-300', '2024/1/5', '2024-03-04 09:15', '2024-03-04 16:30:05', '2', 'E-1', 'T-1', '1234.56', 'Y', 'onsite'];

async function repairsWith(changes: Record<string, string>, options = {}) {
  const row = REPAIR_HEADERS.map((h, i) => changes[h] ?? GOOD[i]);
  return validateFeed(csv([REPAIR_HEADERS, row]), { kind: 'repairs', period: PERIOD, ...options });
}

describe('given a repairs row', () => {
  it('when every cell is right, then it is valid', async () => {
    expect(await repairsWith({})).toMatchObject({ ok: true, problems: [] });
  });

  it.each([
    ['record_no', '', 'required'],
    ['fault_level', '5', 'out-of-range'],
    ['fault_level', '0', 'out-of-range'],
    ['fault_level', '2.5', 'not-whole-number'],
    ['labour_fee', '1.999', 'money-decimals'],
    ['labour_fee', '"1,23,4.00"', 'not-money'],
    ['labour_fee', '12 yuan', 'not-money'],
    ['labour_fee', '-5', 'out-of-range'],
    ['first_time_fix', 'maybe', 'not-yes-no'],
    ['service_mode', 'teleport', 'not-a-choice'],
    ['sale_date', '2024-02-30', 'bad-date'],
    ['sale_date', '2024-04-01', 'after-period'],
    ['reported_at', '2024-03-04', 'bad-datetime'],
    ['resolved_at', '2024-03-04 09:00', 'before-reported'],
    ['resolved_at', '2024-04-01 00:00', 'outside-period'],
    ['model', 'x'.repeat(65), 'too-long'],
  ])('when %s is %p, then the problem is %s', async (column, value, code) => {
    expect(await repairsWith({ [column]: value })).toMatchObject({ ok: false, problems: [expect.objectContaining({ row: 2, column, code, severity: 'error' })] });
  });

  it('when a fee is 1234.56 yuan, then it is 123456 fen exactly and the Excel date serial is a date', async () => {
    const { summary } = await repairsWith({ labour_fee: '0.29', sale_date: '45292' });
    expect(summary).toMatchObject({ ok: true, problems: [] });
  });

  it('when 是 and 否 are written, then they are yes and no', async () => {
    expect(await repairsWith({ first_time_fix: '否' })).toMatchObject({ ok: true, problems: [] });
  });

  it('when the dealer is in Hong Kong time, then 23:30 local on the last day is still inside the period', async () => {
    expect(await repairsWith({ resolved_at: '2024-03-31 23:30' }, { timeZone: 'Asia/Hong_Kong' })).toMatchObject({ ok: true, problems: [] });
  });

  it('when many cells are wrong, then every problem is reported with all three languages', async () => {
    const { problems } = await repairsWith({ fault_level: '9', labour_fee: 'abc', first_time_fix: 'x' });
    expect(problems.map((p) => p.column)).toEqual(['fault_level', 'labour_fee', 'first_time_fix']);
    expect(problems[0].message).toEqual({
      'zh-Hant': '「fault_level」超出範圍 ≤ 4:9',
      'zh-Hans': '「fault_level」超出范围 ≤ 4:9',
      en: 'fault_level is out of range ≤ 4: 9',
    });
  });
});

describe('given several rows', () => {
  it('when a natural key repeats, then the later row is a duplicate of the first', async () => {
    const file = csv([['record_no', 'part_no', 'qty'], ['R-1', 'P-1', '1'], ['R-1', 'P-2', '1'], ['R-1', 'P-1', '3']]);
    const { problems } = await validateFeed(file, { kind: 'parts' });
    expect(problems).toEqual([expect.objectContaining({ row: 4, code: 'duplicate-key', value: 'R-1 + P-1', message: expect.objectContaining({ en: 'same key as row 2: R-1 + P-1' }) })]);
  });

  it('when opinion categories are written in Chinese, then they are the English enumeration', async () => {
    const file = csv([['意見編號', '日期', '類別', '內容'], ['O-1', '2024-03-01', '投訴', 'a'], ['O-2', '2024-03-01', '建议', 'b'], ['O-3', '2024-03-01', '表揚', 'c']]);
    expect(await validateFeed(file, { kind: 'opinions', period: PERIOD })).toMatchObject({ ok: true, problems: [] });
  });

  it('when the lookups know no such model and the technician is uncertified, then an error and a warning', async () => {
    const lookups = { isKnownModel: async (m: string) => m === 'LX-300', technicianStatus: () => 'uncertified' as const };
    const { problems } = await repairsWith({ model: 'ZZ-9' }, { lookups });
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['unknown-model', 'error'], ['uncertified-technician', 'warning']]);
  });

  it('when there are more problems than maxProblems, then all are counted and the first kept', async () => {
    const lines = [['record_no', 'part_no', 'qty'], ...Array.from({ length: 50 }, (_, i) => [`R-${i}`, 'P', 'x'])];
    const { summary } = await validateFeed(csv(lines), { kind: 'parts', maxProblems: 10 });
    expect(summary).toMatchObject({ errors: 50, problemsTruncated: true });
    expect(summary.problems).toHaveLength(10);
  });
});

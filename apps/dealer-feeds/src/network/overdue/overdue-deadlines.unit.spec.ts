import { NetworkAgreement } from '../read-models/network.schemas';
import { pastDeadlines } from './overdue-deadlines';

const agreement = (agreementVersion: number, validFrom: string, validTo: string, feedDueDay: number): NetworkAgreement =>
  ({ _id: `D0001#${agreementVersion}`, dealerCode: 'D0001', agreementVersion, validFrom, validTo, feedDueDay, calendarTimeZone: 'Asia/Shanghai' });
const dealer = { _id: 'D0001', timeZone: 'Asia/Shanghai' };
const periods = (found: { period: string }[]) => [...new Set(found.map((d) => d.period))];

describe('which deadlines have passed (the overdue scheduler\'s candidates)', () => {
  it('are the periods of an agreement whose due date is before today on the dealer\'s calendar', () => {
    // 2026-04-10 16:30 UTC is 04-11 00:30 in Shanghai: March (due 04-10) has passed, April has not.
    const found = pastDeadlines(dealer, [agreement(1, '2026-01-15', '2026-12-31', 10)], new Date('2026-04-10T16:30:00Z'), ['repairs']);
    expect(found.map(({ period, dueDate, today }) => ({ period, dueDate, today }))).toEqual([
      { period: '2026-01', dueDate: '2026-02-10', today: '2026-04-11' },
      { period: '2026-02', dueDate: '2026-03-10', today: '2026-04-11' },
      { period: '2026-03', dueDate: '2026-04-10', today: '2026-04-11' },
    ]);
  });

  it('skip a period whose last day no agreement covers, and take each period\'s due day from its own agreement', () => {
    const versions = [agreement(1, '2026-01-01', '2026-01-31', 10), agreement(2, '2026-03-01', '2026-12-31', 5)];
    const found = pastDeadlines(dealer, versions, new Date('2026-05-20T00:00:00Z'), ['repairs']);
    expect(found.map((d) => [d.period, d.dueDate])).toEqual([['2026-01', '2026-02-10'], ['2026-03', '2026-04-05'], ['2026-04', '2026-05-05']]);
  });

  it('start at FEEDS_OVERDUE_SINCE when it is later than the first agreement, for each expected kind', () => {
    const found = pastDeadlines(dealer, [agreement(1, '2026-01-01', '2026-12-31', 10)], new Date('2026-05-20T00:00:00Z'), ['repairs', 'parts'], '2026-03');
    expect(periods(found)).toEqual(['2026-03', '2026-04']);
    expect(found).toHaveLength(4);
  });

  it('are none for a dealer without an agreement', () => {
    expect(pastDeadlines(dealer, [], new Date('2026-05-20T00:00:00Z'), ['repairs'])).toEqual([]);
  });
});

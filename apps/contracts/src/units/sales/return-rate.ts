import { invalid } from '@aftersales/event-sourcing';

/** The card return rate: the exact counts, and the percent rounded half up to one decimal (integers only, no float error). */
export function cardReturnRate(cards: number, unitsSold: number): { cards: number; unitsSold: number; percent: number | null } {
  if (unitsSold === 0) return { cards, unitsSold, percent: null };
  const tenths = Math.floor((cards * 2000 + unitsSold) / (2 * unitsSold));
  return { cards, unitsSold, percent: tenths / 10 };
}

/** The months from `from` through `to` (`YYYY-MM`); a reversed or too long range is a 422 naming `to` (each month is well-formed: the range is refused). */
export function monthsBetween(from: string, to: string, max: number): string[] {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const count = index(to) - index(from) + 1;
  if (count < 1) throw invalid(`to must not be before from (${from})`, 'to');
  if (count > max) throw invalid(`the range may cover at most ${max} months`, 'to');
  return Array.from({ length: count }, (_, i) => {
    const n = index(from) + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

import { clockBars } from './coverage-bars';
import type { Clock } from './units-api';

const clock = (start: string, end: string, more: Partial<Clock> = {}): Clock => ({ clock: 'standard', start, end, running: false, ...more });

describe('the coverage timeline', () => {
  it('spans from the earliest start to the latest end, each clock a share of it', () => {
    const { bars, marker } = clockBars([clock('2026-01-01', '2026-01-10'), clock('2026-01-06', '2026-01-20', { clock: 'quality' })], '2026-01-06');
    expect(bars.map((b) => [b.left, b.width])).toEqual([[0, 50], [25, 75]]);
    expect(marker).toBeCloseTo(27.5);
  });

  it('takes in the day asked when it lies past every clock, and gives a clock covering nothing no width', () => {
    const { bars, marker } = clockBars([clock('2026-01-01', '2025-12-31')], '2026-01-10');
    expect(bars[0]?.width).toBe(0);
    expect(marker).toBeCloseTo(95);
  });
});

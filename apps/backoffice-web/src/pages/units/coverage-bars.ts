import type { Clock } from './units-api';

/** A clock as a bar of the timeline: where it starts and ends, as a share of the whole span shown. */
export interface ClockBar { clock: Clock; left: number; width: number }

const day = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * The bars of the clocks on one span (from the earliest start to the latest end, the day asked
 * included), in percent; a clock covering nothing (ending before it starts) has no width.
 */
export function clockBars(clocks: Clock[], on: string): { bars: ClockBar[]; marker: number } {
  const starts = [...clocks.map((c) => day(c.start)), day(on)];
  const ends = [...clocks.map((c) => day(c.end) + 1), day(on) + 1];
  const first = Math.min(...starts);
  const span = Math.max(...ends) - first || 1;
  const percent = (d: number) => ((d - first) / span) * 100;
  const bars = clocks.map((clock) => ({ clock, left: percent(day(clock.start)), width: Math.max(0, percent(day(clock.end) + 1) - percent(day(clock.start))) }));
  return { bars, marker: percent(day(on) + 0.5) };
}

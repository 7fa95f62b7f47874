import { ChartText, dealerQuartersOption, FundQuarter, regionBalancesOption } from './fund-chart-options';

const text: ChartText = { fund: 'Fund', payments: 'Payments', accrual: 'Accrual', charges: 'Charges', balance: 'Balance', money: (fen) => `¥${fen / 100}` };
const quarter = (q: string, paymentsFen: number, balanceFen: number): FundQuarter =>
  ({ quarter: q, paymentsFen, accrualFen: paymentsFen * 0.03, chargesFen: 0, carriedInFen: 0, balanceFen, asOf: null });

type Option = { xAxis: { data: string[] }; series: { name: string; type: string; yAxisIndex?: number; data: number[] }[]; aria: { enabled: boolean } };

describe('the funds charts', () => {
  it("shows a dealer's quarters in order: the fund as bars and a balance line, the payments on their own axis, in fen", () => {
    const option = dealerQuartersOption([quarter('2026Q3', 10_000_000, 300_000), quarter('2026Q4', 5_000_000, 450_000)], text) as unknown as Option;
    expect(option.xAxis.data).toEqual(['2026Q3', '2026Q4']);
    expect(option.series.map((s) => [s.name, s.type, s.yAxisIndex ?? 0])).toEqual(
      [['Accrual', 'bar', 0], ['Charges', 'bar', 0], ['Balance', 'line', 0], ['Payments', 'line', 1]]);
    expect(option.series[2]?.data).toEqual([300_000, 450_000]);
    expect(option.series[3]?.data).toEqual([10_000_000, 5_000_000]);
    expect(option.aria.enabled).toBe(true);
  });

  it('writes the tooltip and axis amounts as money', () => {
    const option = dealerQuartersOption([], text) as unknown as { tooltip: { valueFormatter: (v: unknown) => string }; yAxis: { axisLabel: { formatter: (v: number) => string } }[] };
    expect(option.tooltip.valueFormatter(123_456)).toBe('¥1234.56');
    expect(option.yAxis.map((axis) => axis.axisLabel.formatter(100))).toEqual(['¥1', '¥1']);
  });

  it('writes a tick between two fen as whole fen, and ticks are whole yuan (a fund with nothing yet broke the page)', () => {
    const strict: ChartText = { ...text, money: (fen) => { if (!Number.isSafeInteger(fen)) throw new RangeError(`not fen: ${fen}`); return `¥${fen / 100}`; } };
    const option = dealerQuartersOption([quarter('2026Q3', 0, 0)], strict) as unknown as { yAxis: { minInterval: number; axisLabel: { formatter: (v: number) => string } }[] };
    expect(option.yAxis.map((axis) => axis.axisLabel.formatter(0.2))).toEqual(['¥0', '¥0']);
    expect(option.yAxis.map((axis) => axis.minInterval)).toEqual([100, 100]);
  });

  it("shows the network's regions by their names, one group of bars each", () => {
    const regions = [{ region: 'north', dealers: 2, paymentsFen: 100, accrualFen: 3, chargesFen: 1, balanceFen: 2 }];
    const option = regionBalancesOption(regions, text, (code) => `Region ${code}`) as unknown as Option;
    expect(option.xAxis.data).toEqual(['Region north']);
    expect(option.series.map((s) => s.data[0])).toEqual([3, 1, 2, 100]);
  });
});

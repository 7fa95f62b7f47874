import type { EChartsCoreOption } from 'echarts/core';

/** A dealer's repair fund in one quarter (GET /api/funds/{dealerCode}/quarters), amounts in fen. */
export interface FundQuarter {
  quarter: string;
  paymentsFen: number;
  accrualFen: number;
  chargesFen: number;
  carriedInFen: number;
  balanceFen: number;
  asOf?: string | null;
}

/** One region's funds in a quarter (GET /api/fund-balances). */
export interface RegionBalance {
  region: string;
  dealers: number;
  paymentsFen: number;
  accrualFen: number;
  chargesFen: number;
  balanceFen: number;
}

/** The series' names in the UI's language, and money written from fen by the shared format helper. */
export interface ChartText {
  /** The left axis: the fund's own amounts. */
  fund: string;
  payments: string;
  accrual: string;
  charges: string;
  balance: string;
  money: (fen: number) => string;
}

/**
 * The amounts stay in fen on the chart (exact integers); only their labels are written as money,
 * so no amount is ever divided as a float. `aria` makes ECharts describe the chart to screen readers.
 * Payments are some thirty times the fund they feed (a 3% rate), so they have their own axis on the
 * right: on one axis the fund's bars would be too flat to read.
 */
function base(text: ChartText, categories: string[]): EChartsCoreOption {
  // ECharts picks the ticks itself: with every amount 0 they are 0.2, 0.4... fen, which are no
  // amounts. Ticks are whole yuan (minInterval), and a tick is rounded to the fen before it is written.
  const axis = (name: string) => ({ type: 'value', name, minInterval: 100, axisLabel: { formatter: (fen: number) => text.money(Math.round(fen)) } });
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (Number.isSafeInteger(value) ? text.money(value as number) : '') },
    legend: { top: 0 },
    grid: { left: 16, right: 16, bottom: 8, top: 56, containLabel: true },
    xAxis: { type: 'category', data: categories },
    yAxis: [axis(text.fund), { ...axis(text.payments), splitLine: { show: false } }],
  };
}

/** The payments as a dashed line on the right-hand axis. */
const paymentsLine = (name: string, data: number[]) => ({ name, type: 'line', yAxisIndex: 1, lineStyle: { type: 'dashed' }, data });

/** A dealer's quarters, oldest first: what the fund accrued and was charged as bars, its balance as a line, the payments on their own axis. */
export function dealerQuartersOption(quarters: FundQuarter[], text: ChartText): EChartsCoreOption {
  const bar = (name: string, pick: (q: FundQuarter) => number) => ({ name, type: 'bar', data: quarters.map(pick) });
  return {
    ...base(text, quarters.map((q) => q.quarter)),
    series: [
      bar(text.accrual, (q) => q.accrualFen),
      bar(text.charges, (q) => q.chargesFen),
      { name: text.balance, type: 'line', data: quarters.map((q) => q.balanceFen) },
      paymentsLine(text.payments, quarters.map((q) => q.paymentsFen)),
    ],
  };
}

/** The network's funds by region in one quarter: one group of bars per region, the payments on their own axis. */
export function regionBalancesOption(regions: RegionBalance[], text: ChartText, regionName: (code: string) => string = (c) => c): EChartsCoreOption {
  const bar = (name: string, pick: (r: RegionBalance) => number) => ({ name, type: 'bar', data: regions.map(pick) });
  return {
    ...base(text, regions.map((r) => regionName(r.region))),
    series: [
      bar(text.accrual, (r) => r.accrualFen),
      bar(text.charges, (r) => r.chargesFen),
      bar(text.balance, (r) => r.balanceFen),
      paymentsLine(text.payments, regions.map((r) => r.paymentsFen)),
    ],
  };
}

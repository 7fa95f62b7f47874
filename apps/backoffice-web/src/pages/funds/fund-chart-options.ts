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
  payments: string;
  accrual: string;
  charges: string;
  balance: string;
  money: (fen: number) => string;
}

/**
 * The amounts stay in fen on the chart (exact integers); only their labels are written as money,
 * so no amount is ever divided as a float. `aria` makes ECharts describe the chart to screen readers.
 */
function base(text: ChartText, categories: string[]): EChartsCoreOption {
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? text.money(value) : '') },
    legend: { top: 0 },
    grid: { left: 16, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', axisLabel: { formatter: (fen: number) => text.money(fen) } },
  };
}

/** A dealer's quarters, oldest first: the quarter's flows as bars, the balance as a line. */
export function dealerQuartersOption(quarters: FundQuarter[], text: ChartText): EChartsCoreOption {
  const bar = (name: string, pick: (q: FundQuarter) => number) => ({ name, type: 'bar', data: quarters.map(pick) });
  return {
    ...base(text, quarters.map((q) => q.quarter)),
    series: [
      bar(text.payments, (q) => q.paymentsFen),
      bar(text.accrual, (q) => q.accrualFen),
      bar(text.charges, (q) => q.chargesFen),
      { name: text.balance, type: 'line', data: quarters.map((q) => q.balanceFen) },
    ],
  };
}

/** The network's funds by region in one quarter: one group of bars per region. */
export function regionBalancesOption(regions: RegionBalance[], text: ChartText, regionName: (code: string) => string = (c) => c): EChartsCoreOption {
  const bar = (name: string, pick: (r: RegionBalance) => number) => ({ name, type: 'bar', data: regions.map(pick) });
  return {
    ...base(text, regions.map((r) => regionName(r.region))),
    series: [
      bar(text.payments, (r) => r.paymentsFen),
      bar(text.accrual, (r) => r.accrualFen),
      bar(text.charges, (r) => r.chargesFen),
      bar(text.balance, (r) => r.balanceFen),
    ],
  };
}

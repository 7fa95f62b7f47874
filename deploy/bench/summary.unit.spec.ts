import { feedsSummary, gatewaySummary, pipelineSummary, summaryTable, uiSummary } from './summary';

describe('the bench summary (the table README.md copies)', () => {
  const baseline = { case: 'baseline', events: 5000, eventsPerSec: 1671, p50Ms: 1777, p99Ms: 2779 };
  const pipeline = { case: 'pipeline', events: 5000, eventsPerSec: 676, p50Ms: 1164, p99Ms: 2290 };

  it('prints the columns of the README table, met as yes or no', () => {
    const table = summaryTable([pipelineSummary(baseline, pipeline, 0.4)]);
    expect(table.split('\n')).toEqual([
      '| case | measured | baseline | ratio | target | met |',
      '|---|---:|---:|---:|---:|---|',
      '| event pipeline, events/s (p50 / p99 latency) | 676 (1.2 s / 2.3 s) | 1,671 (1.8 s / 2.8 s) | 0.40 | ≥ 0.4 | yes |',
    ]);
  });

  it('says no when a ratio misses its target', () => {
    expect(summaryTable([pipelineSummary(baseline, { ...pipeline, eventsPerSec: 600 }, 0.4)])).toMatch(/\| 0\.36 \| ≥ 0\.4 \| no \|$/);
  });

  it('names the feeds cases as the README does', () => {
    const csv = { case: 'repairs CSV GBK 200000', rowsPerSecond: 151793, baselineRowsPerSecond: 255216, ratio: 0.59, target: '≥ 0.5', met: true };
    const rss = { case: 'peak RSS CSV 1000000 vs 100000 rows', rowsPerSecond: 109802, baselineRowsPerSecond: '', ratio: 1.31, target: '≤ 1.5', met: true,
      peakRssMiB: '220 vs 168' };
    expect(summaryTable([feedsSummary(csv), feedsSummary(rss)]).split('\n').slice(2)).toEqual([
      '| repairs CSV GBK, 200,000 rows, rows/s | 151,793 | 255,216 | 0.59 | ≥ 0.5 | yes |',
      '| CSV peak RSS, 1,000,000 vs 100,000 rows | 220 vs 168 MiB |  | 1.31 | ≤ 1.5 | yes |',
    ]);
  });

  it('compares the gateway with the service read straight: throughput and p95 latency', () => {
    const direct = { case: 'direct', requests: 10_000, requestsPerSec: 1000, p50Ms: 40, p95Ms: 80, failures: 0 };
    const gateway = { case: 'gateway', requests: 7_500, requestsPerSec: 750, p50Ms: 60, p95Ms: 130, failures: 0 };
    expect(summaryTable(gatewaySummary(direct, gateway, 50)).split('\n').slice(2)).toEqual([
      '| gateway, fund balance reads/s, 50 clients (vs the service straight) | 750 | 1,000 | 0.75 | ≥ 0.7 | yes |',
      '| gateway, fund balance read p95 latency, 50 clients | 130.0 ms | 80.0 ms | 1.63 | ≤ 1.5 | no |',
    ]);
  });

  it('prints the UI\'s sizes against their budgets, with no ratio', () => {
    const rows = uiSummary({ shellBytes: 314_351, largestPage: { name: 'src/pages/funds/fund.page.tsx', bytes: 612_000 } });
    expect(summaryTable(rows).split('\n').slice(2)).toEqual([
      '| UI shell (sign-in + layout), JS gzipped | 314.4 KB |  |  | ≤ 350 KB | yes |',
      '| UI largest page (fund.page.tsx), JS gzipped beyond the shell | 612.0 KB |  |  | ≤ 600 KB | no |',
    ]);
  });
});

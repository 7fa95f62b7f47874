import { quantile, summarise } from './http-load';

describe('the HTTP load figures', () => {
  it('takes a quantile by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([quantile(sorted, 0.5), quantile(sorted, 0.95), quantile([7], 0.95)]).toEqual([50, 95, 7]);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('sums the runs of a case: every latency counts for the percentiles, the time is the runs\' together', () => {
    const result = summarise('gateway', [{ latencies: [3, 1, 2], seconds: 1, failures: 0 }, { latencies: [10, 4, 5, 6, 7], seconds: 1, failures: 2 }]);
    expect(result).toEqual({ case: 'gateway', requests: 8, requestsPerSec: 4, p50Ms: 4, p95Ms: 10, failures: 2 });
  });
});

import autocannon from 'autocannon';

export interface HttpResult {
  case: string;
  requests: number;
  requestsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  /** Answers other than 2xx, and connection errors: a fast wrong answer is not a result. */
  failures: number;
}

/** What one autocannon run saw: the latency of every 2xx answer, over how long. */
export interface LoadRun {
  latencies: number[];
  seconds: number;
  failures: number;
}

/** The q-quantile of sorted values (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * `connections` clients for `seconds`, each sending its next request when the last is answered
 * (autocannon). Latencies come from each response: autocannon's own histogram has no p95.
 */
export async function load(url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<LoadRun> {
  const latencies: number[] = [];
  let failures = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else failures++;
    });
  });
  return { latencies, seconds: result.duration, failures: failures + result.errors };
}

/** A case over all its runs: every latency counts, the time is the sum of the runs'. */
export function summarise(name: string, runs: LoadRun[]): HttpResult {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  return { case: name, requests: latencies.length, requestsPerSec: latencies.length / seconds, p50Ms: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95), failures: runs.reduce((n, r) => n + r.failures, 0) };
}

/** Rounds of the cases one after the other (a, b, a, b…), so drift on a shared machine hits both alike. */
export async function interleaved(cases: { name: string; run: () => Promise<LoadRun> }[], rounds: number): Promise<HttpResult[]> {
  const runs: LoadRun[][] = cases.map(() => []);
  for (let round = 0; round < rounds; round++) for (const [i, c] of cases.entries()) runs[i]?.push(await c.run());
  return cases.map(({ name }, i) => summarise(name, runs[i] ?? []));
}

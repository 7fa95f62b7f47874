import { join } from 'node:path';
import { dealerFlowProblem, FaultSystem, RATES } from './fault-system';
import { countInEvents, expectedFunds, fundMismatches, quarterOf } from './ledger';
import { logSize, summariseLog } from './log-summary';
import { Payment } from './payment-stream';

/** What a fault did: when the restart completed, and anything it found wrong on the way. */
export interface Injected {
  restartedAt: number;
  outageMs: number;
  problems?: string[];
  /** Measurements worth printing beside the verdict. */
  detail?: string;
}

export interface FaultResult {
  fault: string;
  outageS?: number;
  /** From the restart until the funds showed every acknowledged payment. */
  recoveryS?: number;
  payments: number;
  retries: number;
  lost: number;
  duplicated: number;
  problems: string[];
  detail?: string;
}

const STREAM_BEFORE_MS = 2_000;
const STREAM_AFTER_MS = 3_000;
const DRAIN_MS = 60_000;
/** A correct pipeline catches up well within this after a restart (consumer sessions last 30 s). */
export const RECOVERY_MS = 60_000;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs each fault during the payment stream and checks the outcome: every acknowledged payment
 * counted exactly once. A fault the pipeline did not recover from is healed by a clean
 * restart of settlements, so the next fault is measured on its own.
 */
export class FaultRunner {
  readonly results: FaultResult[] = [];
  private broken?: string;

  constructor(private readonly system: FaultSystem) {}

  async run(fault: string, quarter: string, inject: () => Promise<Injected>): Promise<FaultResult> {
    if (this.broken) return this.record({ fault, payments: 0, retries: 0, lost: 0, duplicated: 0, problems: [`not run: ${this.broken}`] });
    const { stream } = this.system;
    const logFrom = logSize(this.settlementsLog);
    const retriesBefore = stream.stats.retries;
    const refusedBefore = stream.stats.refused.length;
    stream.start(fault.replace(/\W+/g, '-'), datesIn(quarter));
    await sleep(STREAM_BEFORE_MS);
    const injected: Injected = await inject().catch((error: Error) => ({ restartedAt: Date.now(), outageMs: NaN, problems: [`fault injection failed: ${error.message}`] }));
    await sleep(STREAM_AFTER_MS);
    stream.stop();
    const problems = [...(injected.problems ?? [])];
    await stream.drain(DRAIN_MS).catch((error: Error) => problems.push(error.message));
    problems.push(...stream.stats.refused.slice(refusedBefore).map((r) => `refused: ${r}`));
    const payments = stream.acknowledged.filter((p) => quarterOf(p.receivedOn) === quarter);
    const mismatches = await this.caughtUp(payments, injected.restartedAt + RECOVERY_MS);
    const recoveredAt = Date.now();
    const counted = await countInEvents(this.system.settlementsDb, payments);
    if (mismatches.length) problems.push(`funds not complete ${RECOVERY_MS / 1000} s after the restart: ${mismatches.join('; ')}`);
    if (counted.lost.length) problems.push(`lost: ${counted.lost.slice(0, 5).join(', ')}${counted.lost.length > 5 ? ', …' : ''}`);
    if (counted.duplicated.length) problems.push(`duplicated: ${counted.duplicated.slice(0, 5).join(', ')}`);
    const flow = await dealerFlowProblem(this.system, `PROBE-${this.results.length + 1}`, RECOVERY_MS).catch((e: Error) => e.message);
    if (flow) problems.push(flow);
    const result = this.record({
      fault, outageS: injected.outageMs / 1000, recoveryS: mismatches.length ? undefined : (recoveredAt - injected.restartedAt) / 1000,
      payments: payments.length, retries: stream.stats.retries - retriesBefore, lost: counted.lost.length, duplicated: counted.duplicated.length, problems,
      detail: injected.detail,
    });
    if (problems.length) await this.diagnoseAndHeal(fault, logFrom);
    return result;
  }

  private get settlementsLog() {
    return join(this.system.logDir, 'settlements.log');
  }

  /** Polls the funds until they show `payments` exactly, or `deadline` passes; the last mismatches. */
  private async caughtUp(payments: Payment[], deadline: number): Promise<string[]> {
    const expected = expectedFunds(payments, RATES);
    for (;;) {
      const mismatches = await fundMismatches(this.system.settlements.url, expected).catch((e: Error) => [`GET /funds failed: ${e.message}`]);
      if (!mismatches.length || Date.now() > deadline) return mismatches;
      await sleep(250);
    }
  }

  private async diagnoseAndHeal(fault: string, logFrom: number): Promise<void> {
    const lines = summariseLog(this.settlementsLog, logFrom);
    process.stdout.write(`\n[faults] ${fault}: settlements logged (count × level [context] message):\n${lines.join('\n') || '   nothing at warn or error'}\n`);
    const { settlements, stream } = this.system;
    await settlements.stop();
    settlements.start();
    try {
      await settlements.healthy(90_000);
      const left = await this.caughtUp(stream.acknowledged, Date.now() + RECOVERY_MS);
      if (left.length) this.broken = `after "${fault}", even a clean restart of settlements left funds short: ${left.join('; ')}`;
      else process.stdout.write(`[faults] ${fault}: a clean restart of settlements caught the funds up\n`);
    } catch (error) {
      this.broken = `after "${fault}", settlements did not come back: ${(error as Error).message}`;
    }
  }

  private record(result: FaultResult): FaultResult {
    this.results.push(result);
    const row = formatRow(result);
    process.stdout.write(`[faults] ${row}\n`);
    return result;
  }
}

/** A few dates spread over the quarter (e.g. 2026Q3). */
export function datesIn(quarter: string): string[] {
  const year = quarter.slice(0, 4);
  const first = (Number(quarter.slice(5)) - 1) * 3 + 1;
  return [0, 1, 2].flatMap((m) => ['03', '17'].map((day) => `${year}-${String(first + m).padStart(2, '0')}-${day}`));
}

const seconds = (s: number | undefined) => (s === undefined || Number.isNaN(s) ? '—' : s.toFixed(1));

export function formatRow(r: FaultResult): string {
  const [first] = r.problems;
  const verdict = (first === undefined ? 'ok' : `FAIL: ${first.slice(0, 200)}`) + (r.detail ? ` (${r.detail})` : '');
  return [r.fault.padEnd(40), seconds(r.outageS).padStart(8), seconds(r.recoveryS).padStart(10), String(r.payments).padStart(8),
    String(r.retries).padStart(8), String(r.lost).padStart(5), String(r.duplicated).padStart(5), verdict].join('  ');
}

export function formatTable(results: FaultResult[]): string {
  const head = ['fault'.padEnd(40), 'outage s'.padStart(8), 'recovery s'.padStart(10), 'payments'.padStart(8), 'retries'.padStart(8),
    'lost'.padStart(5), 'dup'.padStart(5), 'result'].join('  ');
  return [head, ...results.map(formatRow)].join('\n');
}

import { decodeCommit, EVENTS_COLLECTION, StoredCommit } from '@aftersales/event-store-mongo';
import { SettlementsEvents } from '@aftersales/integration-events';
import { Db } from 'mongodb';
import { Payment } from './payment-stream';

export interface FundTotals {
  dealerCode: string;
  quarter: string;
  paymentsFen: number;
  accrualFen: number;
}

export const quarterOf = (date: string) => `${date.slice(0, 4)}Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

/**
 * What the funds must say, computed here independently of the code under test: per dealer and
 * quarter the sum of the acknowledged payments, and the accrual rounded half-up once from the
 * exact rate × total (第三條 1; one agreement version per dealer, so one rate).
 */
export function expectedFunds(payments: Payment[], rateBp: ReadonlyMap<string, number>): FundTotals[] {
  const sums = new Map<string, { dealerCode: string; quarter: string; total: bigint }>();
  for (const p of payments) {
    const key = `${p.dealerCode}|${quarterOf(p.receivedOn)}`;
    const entry = sums.get(key) ?? { dealerCode: p.dealerCode, quarter: quarterOf(p.receivedOn), total: 0n };
    entry.total += BigInt(p.amountFen);
    sums.set(key, entry);
  }
  return [...sums.values()].map(({ dealerCode, quarter, total }) => {
    const exact = BigInt(rateBp.get(dealerCode) ?? 0) * total;
    const accrual = exact / 10_000n + ((exact % 10_000n) * 2n >= 10_000n ? 1n : 0n);
    return { dealerCode, quarter, paymentsFen: Number(total), accrualFen: Number(accrual) };
  });
}

/** The funds that GET /funds/:dealerCode?quarter= does not show as expected (empty: all match). */
export async function fundMismatches(settlementsUrl: string, expected: FundTotals[]): Promise<string[]> {
  const answers = await Promise.all(expected.map(async (want) => {
    const res = await fetch(`${settlementsUrl}/funds/${want.dealerCode}?quarter=${want.quarter}`, { signal: AbortSignal.timeout(5_000) });
    const got = (await res.json()) as Partial<FundTotals>;
    if (res.status === 200 && got.paymentsFen === want.paymentsFen && got.accrualFen === want.accrualFen) return undefined;
    return `${want.dealerCode} ${want.quarter}: HTTP ${res.status} paymentsFen ${got.paymentsFen} (want ${want.paymentsFen}), ` +
      `accrualFen ${got.accrualFen} (want ${want.accrualFen})`;
  }));
  return answers.filter((a): a is string => a !== undefined);
}

export interface Counted {
  /** Acknowledged payments with no PaymentRecorded or no FundAccrued event. */
  lost: string[];
  /** Payments recorded or accrued more than once. */
  duplicated: string[];
}

/** Counts each acknowledged payment in settlements' stored events: exactly one PaymentRecorded and one FundAccrued. */
export async function countInEvents(settlementsDb: Db, payments: Payment[]): Promise<Counted> {
  const recorded = new Map<string, number>();
  const accrued = new Map<string, number>();
  for await (const stored of settlementsDb.collection<StoredCommit>(EVENTS_COLLECTION).find({})) {
    for (const event of decodeCommit(stored).events) {
      const counts = event.type === SettlementsEvents.PaymentRecorded.type ? recorded
        : event.type === SettlementsEvents.FundAccrued.type ? accrued : undefined;
      const paymentId = String(event.data['paymentId']);
      counts?.set(paymentId, (counts.get(paymentId) ?? 0) + 1);
    }
  }
  const ids = payments.map((p) => p.paymentId);
  return {
    lost: ids.filter((id) => !recorded.get(id) || !accrued.get(id)),
    duplicated: ids.filter((id) => (recorded.get(id) ?? 0) > 1 || (accrued.get(id) ?? 0) > 1),
  };
}

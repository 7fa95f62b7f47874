import { formatYuan } from '@aftersales/money';

/** 100,000,000.00 yuan: no single 回款 of a dealer comes near it; a typo of a few zeros does. */
export const DEFAULT_PAYMENT_MAX_FEN = 10_000_000_000;

/** How much one payment may be (PAYMENT_MAX_FEN, README "Settings"). */
export class PaymentLimits {
  constructor(readonly maxFen: number) {}

  /** `10000000000 fen (100,000,000.00 yuan)`: the limit as an answer states it. */
  describe(): string {
    return `${this.maxFen} fen (${formatYuan(this.maxFen, { grouped: true })} yuan)`;
  }
}

/**
 * Read once when the service starts: a value that is not a whole number of fen in 1..2^53−1
 * stops it with a message naming the setting, rather than letting every payment through.
 */
export function loadPaymentLimits(env: NodeJS.ProcessEnv = process.env): PaymentLimits {
  const text = env['PAYMENT_MAX_FEN'];
  if (text === undefined) return new PaymentLimits(DEFAULT_PAYMENT_MAX_FEN);
  const fen = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(fen) || fen < 1) {
    throw new Error(`PAYMENT_MAX_FEN must be a whole number of fen from 1 to ${Number.MAX_SAFE_INTEGER}, got '${text}'`);
  }
  return new PaymentLimits(fen);
}

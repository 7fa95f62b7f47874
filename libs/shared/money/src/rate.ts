import { assertFen, divideRoundHalfUp, Fen, MoneyError, toSafeFen } from './fen';

/** A rate in basis points: 300 bp = 3%. Rates are agreement terms, never constants. */
export type BasisPoints = number;

export const BASIS_POINTS_PER_UNIT = 10_000n;

export function assertBasisPoints(value: unknown, what = 'rate'): BasisPoints {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10_000) {
    throw new MoneyError(`${what} must be whole basis points between 0 and 10000, got ${String(value)}`);
  }
  return value;
}

/**
 * round(rateBp × totalFen / 10000), half-up, computed exactly in BigInt: the rate is
 * applied to the exact total and rounded once (第三條 1: the fund is a share of payments).
 */
export function applyRate(totalFen: Fen, rateBp: BasisPoints): Fen {
  assertFen(totalFen, 'total');
  assertBasisPoints(rateBp);
  return toSafeFen(divideRoundHalfUp(BigInt(totalFen) * BigInt(rateBp), BASIS_POINTS_PER_UNIT));
}

/** amountFen × count, exactly (per-unit allowance). */
export function multiplyFen(amountFen: Fen, count: number): Fen {
  assertFen(amountFen);
  if (!Number.isSafeInteger(count)) throw new MoneyError(`count must be a whole number, got ${count}`);
  return toSafeFen(BigInt(amountFen) * BigInt(count));
}

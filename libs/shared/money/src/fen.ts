/**
 * Money is an integer number of fen (分, 1/100 CNY). docs/domain.md "Money, dates and time zones": every computed
 * amount is rounded half-up to the fen once, from the exact total it derives from.
 */
export type Fen = number;

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

/** True when `value` is a whole number of fen that JavaScript can hold exactly. */
export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function assertFen(value: unknown, what = 'amount'): Fen {
  if (!isFen(value)) {
    throw new MoneyError(`${what} must be a whole number of fen, got ${String(value)}`);
  }
  return value;
}

/** Sum of fen amounts; throws rather than silently losing precision. */
export function sumFen(amounts: Iterable<Fen>): Fen {
  let total = 0n;
  for (const amount of amounts) total += BigInt(assertFen(amount));
  return toSafeFen(total);
}

export function toSafeFen(value: bigint): Fen {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError(`amount ${value} fen is out of the safe range`);
  }
  return Number(value);
}

/**
 * numerator / denominator rounded half-up (a tie goes away from zero, so -2.5 → -3:
 * commercial rounding, symmetric for credits and charges).
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new MoneyError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

const YUAN_PATTERN = /^([+-]?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses a yuan amount written as text ('1234.5', '1,234.56' is NOT accepted) into fen,
 * exactly: no floating point is involved. More than two decimals is an error.
 */
export function parseYuan(text: string): Fen {
  const trimmed = text.trim();
  const match = YUAN_PATTERN.exec(trimmed);
  if (!match) {
    if (/^[+-]?\d+\.\d{3,}$/.test(trimmed)) {
      throw new MoneyError(`'${text}' has more than 2 decimals`);
    }
    throw new MoneyError(`'${text}' is not an amount in yuan`);
  }
  const [, sign, whole, decimals = ''] = match;
  const fen = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, '0'));
  return toSafeFen(sign === '-' ? -fen : fen);
}

/**
 * 123456 → '1234.56'; -5 → '-0.05'. `grouped` writes thousands separators for people to
 * read (10000000000 → '100,000,000.00'); files keep the plain form, which reads back.
 */
export function formatYuan(fen: Fen, { grouped = false }: { grouped?: boolean } = {}): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100));
  return `${sign}${grouped ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A yuan amount typed by a person, read into integer fen exactly: the text's digits are joined
 * and read as a BigInt, never multiplied as a float (0.29 * 100 is 28.999999999999996).
 * Accepted: an optional ¥/￥, grouping commas or spaces ("1,234.56", "1 234.56"), full-width
 * digits and point from a Chinese input method, and at most two decimals.
 */
export type YuanReading =
  | { ok: true; fen: number }
  | { ok: false; reason: 'empty' | 'format' | 'decimals' | 'notPositive' | 'tooLarge' };

export interface HundredthsLimits {
  /** The most the amount may be, in hundredths (fen, or basis points for a percentage). */
  max?: number;
  /** Whether zero is an amount (an allowance or a rate may be 0; a payment may not). */
  allowZero?: boolean;
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C]/g;
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export function readYuan(text: string, maxFen: number = Number.MAX_SAFE_INTEGER): YuanReading {
  return readHundredths(text, { max: maxFen });
}

/**
 * A decimal with at most two places, as an integer count of hundredths: yuan -> fen, and a
 * percentage -> basis points ("3.25" % is 325 bp) by the same exact reading.
 */
export function readHundredths(text: string, { max = Number.MAX_SAFE_INTEGER, allowZero = false }: HundredthsLimits = {}): YuanReading {
  const plain = halfWidth(text).trim().replace(/^[¥￥]\s*/, '').replace(/[ \u00A0\u3000]/g, '');
  if (plain === '') return { ok: false, reason: 'empty' };
  const match = AMOUNT.exec(plain);
  if (!match) return { ok: false, reason: 'format' };
  const [, whole = '', decimals = ''] = match;
  if (decimals.length > 2) return { ok: false, reason: 'decimals' };
  const fen = BigInt(whole.replace(/,/g, '')) * 100n + BigInt(decimals.padEnd(2, '0'));
  if (fen === 0n && !allowZero) return { ok: false, reason: 'notPositive' };
  if (fen > BigInt(max)) return { ok: false, reason: 'tooLarge' };
  return { ok: true, fen: Number(fen) };
}

/** Full-width digits, point and comma (０-９．，) as their ASCII forms. */
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Hundredths written back as the text a person types: 12345 -> "123.45", 300 -> "3". */
export function hundredthsText(value: number): string {
  const exact = BigInt(value);
  const whole = (exact / 100n).toString();
  const cents = String(exact % 100n).padStart(2, '0');
  return cents === '00' ? whole : `${whole}.${cents.replace(/0$/, '')}`;
}

/** The most one payment may be by default (settlements' PAYMENT_MAX_FEN: 100,000,000.00 yuan). */
export const PAYMENT_MAX_FEN = 10_000_000_000;

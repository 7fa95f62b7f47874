import { applyRate, divideRoundHalfUp, formatYuan, multiplyFen, parseYuan, sumFen } from './index';

describe('money', () => {
  describe('applyRate rounds half-up once from the exact total', () => {
    it.each([
      [10_000_000, 300, 300_000], // 3% of 100,000.00 yuan
      [50, 300, 2], // 1.5 fen → 2
      [49, 300, 1], // 1.47 fen → 1
      [16_667, 300, 500], // 500.01 → 500
      [0, 300, 0],
    ])('%i fen at %i bp is %i fen', (total, rate, expected) => {
      expect(applyRate(total, rate)).toBe(expected);
    });

    it('rounding the total differs from summing rounded pieces (and the total wins)', () => {
      const payments = [50, 50, 50]; // each 1.5 fen at 3% would round to 2 → 6
      expect(payments.map((p) => applyRate(p, 300)).reduce((a, b) => a + b)).toBe(6);
      expect(applyRate(sumFen(payments), 300)).toBe(5); // 4.5 → 5, once
    });

    it('stays exact beyond the float range of rate × total', () => {
      // 9e15 × 9999 overflows 2^53 as a double product; BigInt keeps it exact.
      expect(applyRate(900_000_000_000_000, 9_999)).toBe(899_910_000_000_000);
    });

    it('rejects a rate that is not whole basis points', () => {
      expect(() => applyRate(100, 2.5)).toThrow(/basis points/);
      expect(() => applyRate(100, -1)).toThrow(/basis points/);
      expect(() => applyRate(1.5, 300)).toThrow(/whole number of fen/);
    });
  });

  it('divideRoundHalfUp is symmetric for negatives', () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divideRoundHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideRoundHalfUp(-4n, 3n)).toBe(-1n);
  });

  describe('parseYuan is exact', () => {
    it.each([
      ['1234.56', 123456],
      ['1234.5', 123450],
      ['0.07', 7],
      ['12', 1200],
      [' 3.10 ', 310],
      ['-0.05', -5],
      ['0.29', 29], // 0.29 * 100 = 28.999999999999996 in floating point
    ])('%s → %i fen', (text, fen) => expect(parseYuan(text)).toBe(fen));

    it.each([['1.234'], ['abc'], [''], ['1,234.00'], ['1e3']])('rejects %p', (text) => {
      expect(() => parseYuan(text)).toThrow();
    });

    it('names the decimals problem', () => {
      expect(() => parseYuan('1.999')).toThrow(/more than 2 decimals/);
    });
  });

  it('formats fen as yuan', () => {
    expect(formatYuan(123456)).toBe('1234.56');
    expect(formatYuan(-5)).toBe('-0.05');
    expect(formatYuan(10_000_000_000, { grouped: true })).toBe('100,000,000.00');
    expect(formatYuan(-123_456, { grouped: true })).toBe('-1,234.56');
    expect(formatYuan(99_999, { grouped: true })).toBe('999.99');
    expect(formatYuan(Number.MAX_SAFE_INTEGER, { grouped: true })).toBe('90,071,992,547,409.91');
  });

  it('multiplies an allowance exactly', () => {
    expect(multiplyFen(15_000, 37)).toBe(555_000);
  });
});

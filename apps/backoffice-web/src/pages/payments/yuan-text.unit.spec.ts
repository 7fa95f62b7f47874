import { hundredthsText, readHundredths, readYuan } from './yuan-text';

describe('a yuan amount typed by a person, as integer fen', () => {
  it.each([
    ['1234.56', 123_456],
    ['1,234.56', 123_456],
    ['¥1,234,567.8', 123_456_780],
    ['￥ 100', 10_000],
    ['0.29', 29], // 0.29 * 100 is 28.999999999999996 as a float
    ['1.1', 110],
    ['１２３．４５', 12_345], // typed with a Chinese input method
    ['  10 000.00 ', 1_000_000],
    ['90071992547409.91', 9_007_199_254_740_991],
  ])('%s yuan is %d fen', (text, fen) => {
    expect(readYuan(text)).toEqual({ ok: true, fen });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'format'],
    ['1e3', 'format'],
    ['-5', 'format'],
    ['12,34.5', 'format'],
    ['1.', 'format'],
    ['1.234', 'decimals'],
    ['0', 'notPositive'],
    ['0.00', 'notPositive'],
    ['90071992547409.92', 'tooLarge'],
  ])('%j is refused: %s', (text, reason) => {
    expect(readYuan(text)).toEqual({ ok: false, reason });
  });

  it('refuses more than the most a payment may be', () => {
    expect(readYuan('100000000.00', 10_000_000_000)).toEqual({ ok: true, fen: 10_000_000_000 });
    expect(readYuan('100000000.01', 10_000_000_000)).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

describe('hundredths: a percentage as basis points, and back', () => {
  it('reads a percentage with at most two places as basis points, zero allowed when asked', () => {
    expect(readHundredths('3.25', { max: 10_000, allowZero: true })).toEqual({ ok: true, fen: 325 });
    expect(readHundredths('0', { max: 10_000, allowZero: true })).toEqual({ ok: true, fen: 0 });
    expect(readHundredths('100.01', { max: 10_000, allowZero: true })).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it.each([[300, '3'], [325, '3.25'], [310, '3.1'], [5, '0.05'], [0, '0'], [9_007_199_254_740_991, '90071992547409.91']])(
    '%d hundredths are written %s', (value, text) => {
      expect(hundredthsText(value)).toBe(text);
      expect(readHundredths(text, { allowZero: true })).toEqual({ ok: true, fen: value });
    });
});

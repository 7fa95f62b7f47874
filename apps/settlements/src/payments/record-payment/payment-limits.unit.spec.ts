import { DEFAULT_PAYMENT_MAX_FEN, loadPaymentLimits } from './payment-limits';

describe('PAYMENT_MAX_FEN, the most one payment may be', () => {
  it('is 100,000,000.00 yuan unless set', () => {
    expect(DEFAULT_PAYMENT_MAX_FEN).toBe(10_000_000_000);
    expect(loadPaymentLimits({}).maxFen).toBe(10_000_000_000);
    expect(loadPaymentLimits({}).describe()).toBe('10000000000 fen (100,000,000.00 yuan)');
  });

  it.each([['1', 1], ['500000', 500_000], [' 42 ', 42], [String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER]])('can be set to %p', (text, fen) => {
    expect(loadPaymentLimits({ PAYMENT_MAX_FEN: text }).maxFen).toBe(fen);
  });

  it.each(['', ' ', 'abc', '0', '-5', '1.5', '1e6', '0x10', '9007199254740992', 'Infinity'])('stops the service when it is %p, saying what it must be', (text) => {
    expect(() => loadPaymentLimits({ PAYMENT_MAX_FEN: text })).toThrow(
      `PAYMENT_MAX_FEN must be a whole number of fen from 1 to 9007199254740991, got '${text}'`);
  });
});

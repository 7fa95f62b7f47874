import { exhaustive, pickDefined, UnknownEventType } from './published-event';

describe('what a codec is written with', () => {
  it('pickDefined takes the named fields only, and leaves out those that are undefined', () => {
    const data = { paymentId: 'P1', amountFen: 100, fundRateBp: undefined, note: 'domain only' };
    expect(pickDefined(data, ['paymentId', 'amountFen', 'fundRateBp'])).toStrictEqual({ paymentId: 'P1', amountFen: 100 });
  });

  it('pickDefined keeps the falsy values that are values: 0, false, empty text', () => {
    expect(pickDefined({ a: 0, b: false, c: '', d: null }, ['a', 'b', 'c', 'd'])).toStrictEqual({ a: 0, b: false, c: '', d: null });
  });

  it('exhaustive fails loudly on a value no case knows, naming its type', () => {
    const stray = { type: 'FundClosed', data: {} } as never;
    expect(() => exhaustive(stray, 'fund event')).toThrow('unhandled fund event: FundClosed');
  });

  it('an unknown published event names its type, version and stream', () => {
    expect(new UnknownEventType({ type: 'settlements.FundClosed', schemaVersion: 3 }, 'fund').message)
      .toBe('a fund stream holds no settlements.FundClosed@3 events');
  });
});

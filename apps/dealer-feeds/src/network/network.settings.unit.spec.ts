import { NetworkOptions } from './network.settings';

describe('the NETWORK settings (README "Settings")', () => {
  it('default to an hourly check of all six kinds and a 12-month matrix', () => {
    expect(NetworkOptions.from({})).toEqual(new NetworkOptions(3_600_000, ['repairs', 'parts', 'sales', 'warranty-cards', 'satisfaction', 'opinions'], undefined, 12));
  });

  it('take the kinds a network asks for, the first period to check and the matrix range', () => {
    const options = NetworkOptions.from({ FEEDS_EXPECTED_KINDS: 'repairs,parts,repairs', FEEDS_OVERDUE_SINCE: '2026-07', FEEDS_OVERDUE_CHECK_MS: '60000', FEEDS_MATRIX_MAX_MONTHS: '24' });
    expect(options).toEqual(new NetworkOptions(60_000, ['repairs', 'parts'], '2026-07', 24));
  });

  it('refuse a bad value naming the setting, so the service does not start on it', () => {
    expect(() => NetworkOptions.from({ FEEDS_EXPECTED_KINDS: 'repairs,invoices' })).toThrow(/FEEDS_EXPECTED_KINDS must be kinds of repairs, .*got 'repairs,invoices'/);
    expect(() => NetworkOptions.from({ FEEDS_OVERDUE_CHECK_MS: '10' })).toThrow(/FEEDS_OVERDUE_CHECK_MS must be an integer from 1000/);
    expect(() => NetworkOptions.from({ FEEDS_OVERDUE_SINCE: '2026-7' })).toThrow(/FEEDS_OVERDUE_SINCE must be a month written YYYY-MM/);
    expect(() => NetworkOptions.from({ FEEDS_MATRIX_MAX_MONTHS: '0' })).toThrow(/FEEDS_MATRIX_MAX_MONTHS must be an integer from 1 to 60/);
  });
});

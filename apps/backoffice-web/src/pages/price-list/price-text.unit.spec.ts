import { latestOf, newestFirst, readPrice } from './price-text';

describe('a unit price typed in yuan', () => {
  it.each([
    ['480', 48_000], ['480.00', 48_000], ['0.29', 29], ['1,280.50', 128_050], ['¥ 45', 4_500], ['￥１２３．４５', 12_345], ['0', 0], ['0.00', 0],
    ['90071992547409.91', 9_007_199_254_740_991],
  ])('%s is %d fen, exactly', (text, fen) => expect(readPrice(text)).toEqual({ ok: true, fen }));

  it.each([
    ['', 'empty'], [undefined, 'empty'], ['480.001', 'decimals'], ['-5', 'format'], ['4.8e2', 'format'], ['abc', 'format'], ['90071992547409.92', 'tooLarge'],
  ])('%p is refused (%s)', (text, reason) => expect(readPrice(text)).toEqual({ ok: false, reason }));
});

describe('a line\'s history', () => {
  const change = (version: number, withdrawn: boolean, name?: string) => ({
    version, withdrawn, effectiveFrom: '2026-01-01', recordedAt: '2026-01-01T00:00:00Z', actor: 'user:clerk',
    ...(name ? { name, kind: 'part' as const, unitPriceFen: 100 } : {}),
  });

  it('lists the latest change first', () => {
    expect(newestFirst([change(1, false, 'a'), change(4, true), change(2, false, 'b')]).map((c) => c.version)).toEqual([4, 2, 1]);
  });

  it('names the line by its latest listing, and says when it is withdrawn', () => {
    expect(latestOf([change(1, false, '列印頭'), change(3, true)])).toEqual({ name: '列印頭', kind: 'part', withdrawn: true });
    expect(latestOf([change(1, false, 'old'), change(2, false, 'new')])).toEqual({ name: 'new', kind: 'part', withdrawn: false });
  });
});

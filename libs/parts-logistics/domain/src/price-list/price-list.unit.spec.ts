import { ChangePriceLine, ImportPriceList, priceListDecider, PriceListState, WithdrawPriceLine } from './price-list.decider';
import { PriceLine, PriceListEvent } from './price-list.events';
import { changesOf, lineOn, PriceChange, withChange } from './price-timeline';

const head: PriceLine = { code: 'P-1001', kind: 'part', name: '列印頭', unitPriceFen: 48_000 };
const ribbon: PriceLine = { code: 'P-2002', kind: 'part', name: '色帶', unitPriceFen: 1_500 };
const labour: PriceLine = { code: 'L-01', kind: 'labour', name: '更換列印頭', unitPriceFen: 8_000 };


/** Decides each command on the state the ones before left, as the handler does. */
function decideAll(commands: (ImportPriceList | ChangePriceLine | WithdrawPriceLine)[]): { events: PriceListEvent[]; state: PriceListState } {
  const events: PriceListEvent[] = [];
  let state = priceListDecider.initialState();
  for (const command of commands) {
    const decided = priceListDecider.decide(command, state);
    events.push(...decided);
    state = decided.reduce(priceListDecider.evolve, state);
  }
  return { events, state };
}

/** Each line's history, as the read model keeps it. */
function histories(events: PriceListEvent[]): Map<string, PriceChange[]> {
  const byCode = new Map<string, PriceChange[]>();
  for (const event of events) for (const [code, change] of changesOf(event.data)) byCode.set(code, withChange(byCode.get(code) ?? [], change));
  return byCode;
}

describe('維修收費標准: the price list, versioned and effective-dated', () => {
  it('an import is version 1, in force from its date, with every line of the file', () => {
    const { events } = decideAll([new ImportPriceList('2026-04-01', [head, ribbon, labour], 'prices.xlsx')]);
    expect(events).toEqual([{ type: 'PriceListRevised', data: {
      version: 1, part: 1, parts: 1, effectiveFrom: '2026-04-01', source: 'import', fileName: 'prices.xlsx', set: [head, ribbon, labour], withdrawn: [], lineCount: 3 } }]);
  });

  it('a later import sets only what differs and withdraws what the file no longer holds', () => {
    const { events } = decideAll([
      new ImportPriceList('2026-04-01', [head, ribbon, labour]),
      new ImportPriceList('2026-07-01', [{ ...head, unitPriceFen: 45_000 }, labour]),
    ]);
    expect(events[1]?.data).toMatchObject({ version: 2, set: [{ ...head, unitPriceFen: 45_000 }], withdrawn: ['P-2002'], lineCount: 2 });
  });

  it('the same file again, or the same price again, records nothing', () => {
    const { events } = decideAll([
      new ImportPriceList('2026-04-01', [head, ribbon]),
      new ImportPriceList('2026-04-01', [head, ribbon]),
      new ChangePriceLine(head, '2026-05-01', 'unchanged'),
    ]);
    expect(events).toHaveLength(1);
  });

  it('an edit changes one line with its reason; a withdrawal removes one line', () => {
    const { events, state } = decideAll([
      new ImportPriceList('2026-04-01', [head, ribbon]),
      new ChangePriceLine({ ...ribbon, unitPriceFen: 1_650 }, '2026-05-10', '供應商調價'),
      new ChangePriceLine(labour, '2026-05-10', 'new operation'),
      new WithdrawPriceLine('P-1001', '2026-06-01', '停產'),
      new WithdrawPriceLine('P-1001', '2026-06-01', 'again'),
    ]);
    expect(events.map((e) => [e.data.version, e.data.source, e.data.set.map((l) => l.code), e.data.withdrawn, e.data.reason, e.data.lineCount])).toEqual([
      [1, 'import', ['P-1001', 'P-2002'], [], undefined, 2],
      [2, 'edit', ['P-2002'], [], '供應商調價', 2],
      [3, 'edit', ['L-01'], [], 'new operation', 3],
      [4, 'edit', [], ['P-1001'], '停產', 2],
    ]);
    expect([...state.lines.keys()].sort()).toEqual(['L-01', 'P-2002']);
  });

  it('a version of more lines than one event holds comes in parts of one version', () => {
    const lines = Array.from({ length: 1_200 }, (_, i): PriceLine => ({ code: `P-${i}`, kind: 'part', name: `零件 ${i}`, unitPriceFen: 100 + i }));
    const first = decideAll([new ImportPriceList('2026-04-01', lines)]);
    expect(first.events.map((e) => [e.data.version, e.data.part, e.data.parts, e.data.set.length])).toEqual([[1, 1, 3, 500], [1, 2, 3, 500], [1, 3, 3, 200]]);
    expect(first.state.lines.size).toBe(1_200);
    const { events } = decideAll([new ImportPriceList('2026-04-01', lines), new ImportPriceList('2026-05-01', lines.slice(0, 100))]);
    expect(events.slice(3).map((e) => [e.data.version, e.data.part, e.data.set.length, e.data.withdrawn.length, e.data.lineCount])).toEqual([[2, 1, 0, 500, 100], [2, 2, 0, 500, 100], [2, 3, 0, 100, 100]]);
  });

  it('a version never takes effect before the latest one: the past is not rewritten', () => {
    expect(() => decideAll([new ImportPriceList('2026-04-01', [head]), new ChangePriceLine({ ...head, unitPriceFen: 1 }, '2026-03-31', 'backdated')]))
      .toThrow(/effectiveFrom 2026-03-31 is before 2026-04-01/);
    expect(() => decideAll([new ImportPriceList('2026-04-01', [])])).toThrow('an import holds at least one line');
    expect(() => decideAll([new ImportPriceList('2026-04-01', [head]), new WithdrawPriceLine('P-9999', '2026-05-01', 'never listed')]))
      .toThrow(expect.objectContaining({ kind: 'not-found', field: 'code' }));
  });

  describe('every movement is priced by the version in force on its date', () => {
    const { events } = decideAll([
      new ImportPriceList('2026-04-01', [head, ribbon]),
      new ChangePriceLine({ ...head, unitPriceFen: 45_000 }, '2026-07-01', '降價'),
      new ChangePriceLine({ ...head, unitPriceFen: 46_000 }, '2026-07-01', 'corrected the same day'),
      new WithdrawPriceLine('P-2002', '2026-08-01', '停產'),
    ]);
    const byCode = histories(events);
    const price = (code: string, date: string) => lineOn(byCode.get(code) ?? [], date)?.line.unitPriceFen;

    it.each([
      ['P-1001', '2026-03-31', undefined], ['P-1001', '2026-04-01', 48_000], ['P-1001', '2026-06-30', 48_000],
      ['P-1001', '2026-07-01', 46_000], ['P-1001', '2027-01-01', 46_000],
      ['P-2002', '2026-07-31', 1_500], ['P-2002', '2026-08-01', undefined], ['L-01', '2026-07-01', undefined],
    ])('%s on %s costs %s fen', (code, date, fen) => expect(price(code, date)).toBe(fen));

    it('a redelivered revision adds nothing to a line\'s history', () => {
      const again = withChange(byCode.get('P-1001') ?? [], changesOf(events[1]!.data).get('P-1001')!);
      expect(again.map((c) => c.version)).toEqual([1, 2, 3]);
    });
  });
});

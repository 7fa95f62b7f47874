import { Decider, DomainError, exhaustive, invalid } from '@aftersales/event-sourcing';
import { PRICE_LINES_PER_EVENT } from '@aftersales/published-rules';
import { PriceLine, PriceListEvent, PriceListRevisedData } from './price-list.events';

/** Replaces the whole list from `effectiveFrom` with the lines of a file (checked by the import: codes unique). */
export class ImportPriceList {
  constructor(readonly effectiveFrom: string, readonly lines: readonly PriceLine[], readonly fileName?: string, readonly reason?: string) {}
}

/** Sets one line (a new one, or another price or name), from `effectiveFrom`, for a reason. */
export class ChangePriceLine {
  constructor(readonly line: PriceLine, readonly effectiveFrom: string, readonly reason: string) {}
}

/** Withdraws one line from `effectiveFrom`: nothing moves at its price after that. */
export class WithdrawPriceLine {
  constructor(readonly code: string, readonly effectiveFrom: string, readonly reason: string) {}
}

export type PriceListCommand = ImportPriceList | ChangePriceLine | WithdrawPriceLine;

/** The latest version: its number, the day it took effect, its lines by code, and the codes withdrawn since they were listed. */
export interface PriceListState { version: number; effectiveFrom?: string; lines: ReadonlyMap<string, PriceLine>; withdrawn: ReadonlySet<string> }

const sameLine = (a: PriceLine | undefined, b: PriceLine) => !!a && a.kind === b.kind && a.name === b.name && a.unitPriceFen === b.unitPriceFen;

/**
 * The price list as a sequence of versions, each in force from its date until the next one's. A
 * version never takes effect before the latest one (the past of a version is never rewritten),
 * and what a movement was priced at stays on the movement. A command that changes nothing (the
 * same file again, the same price) records nothing.
 */
export const priceListDecider: Decider<PriceListCommand, PriceListEvent, PriceListState> = {
  initialState: () => ({ version: 0, lines: new Map(), withdrawn: new Set() }),
  decide(command, state) {
    if (state.effectiveFrom && command.effectiveFrom < state.effectiveFrom) {
      throw invalid(`effectiveFrom ${command.effectiveFrom} is before ${state.effectiveFrom}, when version ${state.version} took effect: `
        + 'a new version takes effect on or after the latest one', 'effectiveFrom');
    }
    const revision = revisionOf(command, state);
    if (!revision) return [];
    const lineCount = state.lines.size + revision.set.filter((line) => !state.lines.has(line.code)).length - revision.withdrawn.length;
    const chunks = inParts(revision.set, revision.withdrawn);
    return chunks.map(({ set, withdrawn }, i) => ({
      type: 'PriceListRevised' as const,
      data: { version: state.version + 1, part: i + 1, parts: chunks.length, effectiveFrom: command.effectiveFrom, ...revision, set, withdrawn, lineCount },
    }));
  },
  evolve(state, event) {
    switch (event.type) {
      case 'PriceListRevised': {
        const lines = new Map(state.lines);
        const withdrawn = new Set(state.withdrawn);
        for (const code of event.data.withdrawn) { lines.delete(code); withdrawn.add(code); }
        for (const line of event.data.set) { lines.set(line.code, line); withdrawn.delete(line.code); }
        return { version: event.data.version, effectiveFrom: event.data.effectiveFrom, lines, withdrawn };
      }
      default:
        return exhaustive(event.type, 'price-list event');
    }
  },
};

/** The lines set, then the codes withdrawn, PRICE_LINES_PER_EVENT to a part. */
function inParts(set: PriceLine[], withdrawn: string[]): Pick<PriceListRevisedData, 'set' | 'withdrawn'>[] {
  const items: ({ line: PriceLine } | { code: string })[] = [...set.map((line) => ({ line })), ...withdrawn.map((code) => ({ code }))];
  const parts: Pick<PriceListRevisedData, 'set' | 'withdrawn'>[] = [];
  for (let i = 0; i < items.length; i += PRICE_LINES_PER_EVENT) {
    const chunk = items.slice(i, i + PRICE_LINES_PER_EVENT);
    parts.push({ set: chunk.flatMap((item) => ('line' in item ? [item.line] : [])), withdrawn: chunk.flatMap((item) => ('code' in item ? [item.code] : [])) });
  }
  return parts;
}

type Revision = Pick<PriceListRevisedData, 'source' | 'reason' | 'fileName' | 'set' | 'withdrawn'>;

function revisionOf(command: PriceListCommand, state: PriceListState): Revision | undefined {
  if (command instanceof ImportPriceList) {
    if (command.lines.length === 0) throw invalid('an import holds at least one line', 'file');
    const codes = new Set(command.lines.map((line) => line.code));
    const set = command.lines.filter((line) => !sameLine(state.lines.get(line.code), line)).map((line) => ({ ...line }));
    const withdrawn = [...state.lines.keys()].filter((code) => !codes.has(code));
    if (set.length === 0 && withdrawn.length === 0) return undefined;
    return { source: 'import', ...(command.reason ? { reason: command.reason } : {}), ...(command.fileName ? { fileName: command.fileName } : {}), set, withdrawn };
  }
  if (command instanceof ChangePriceLine) {
    if (sameLine(state.lines.get(command.line.code), command.line)) return undefined;
    return { source: 'edit', reason: command.reason, set: [{ ...command.line }], withdrawn: [] };
  }
  if (state.withdrawn.has(command.code)) return undefined;
  if (!state.lines.has(command.code)) throw new DomainError('not-found', `${command.code} is not on the price list`, 'code');
  return { source: 'edit', reason: command.reason, set: [], withdrawn: [command.code] };
}

/** The price of `code` in a state, or undefined when it is not (or no longer) listed. */
export const priceOf = (state: PriceListState, code: string): PriceLine | undefined => state.lines.get(code);

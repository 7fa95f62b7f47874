import { KINDS } from '../kinds/kinds.registry';
import type { FeedKind } from '../kinds/feed-kind';
import type { KindDefinition } from '../kinds/kind.definition';
import type { RawCell } from './cell.parsers';
import { cellText } from './cell.parsers';
import { columnPosition, matchHeader, requiredCoverage } from './header.mapper';

/** The header is the first row, within the first 10, that names the kind's columns. */
export const HEADER_ROWS = 10;

export type HeaderVerdict =
  | { readonly found: true; readonly kind: FeedKind; readonly headers: readonly string[] }
  | { readonly found: false };

interface Candidate {
  readonly row: number;
  readonly headers: readonly string[];
  readonly known: number;
}

/**
 * Looks for the header row above a form's data: title rows (「維修月報表 2026年9月」) and
 * merged group headers above it are passed over. Keeps the closest miss to explain a form
 * whose header is nowhere.
 */
export class HeaderSearch {
  private best?: Candidate;

  constructor(private readonly definition: KindDefinition | undefined) {}

  consider(cells: readonly RawCell[], row: number): HeaderVerdict {
    const headers = cells.map((c) => cellText(c) ?? '');
    const kind = this.definition ? this.fits(this.definition, headers) : this.guess(headers);
    if (kind) return { found: true, kind, headers };
    const definitions = this.definition ? [this.definition] : (Object.values(KINDS) as unknown as KindDefinition[]);
    const known = Math.max(...definitions.map((d) => headers.filter((h) => columnPosition(d, h) !== undefined).length));
    if (!this.best || known > this.best.known) this.best = { row, headers, known };
    return { found: false };
  }

  /** True once the rows that may hold the header are passed. */
  passed(row: number): boolean {
    return row > HEADER_ROWS;
  }

  /** The row that came closest to a header, to report what it lacks. */
  get closest(): Candidate | undefined {
    return this.best;
  }

  private fits(definition: KindDefinition, headers: readonly string[]): FeedKind | undefined {
    return matchHeader(definition, headers).missing.length === 0 ? definition.kind : undefined;
  }

  private guess(headers: readonly string[]): FeedKind | undefined {
    const ranked = Object.values(KINDS)
      .map((definition) => ({ kind: definition.kind, score: requiredCoverage(definition as never, headers) }))
      .sort((a, b) => b.score - a.score);
    return ranked[0].score < 0 ? undefined : ranked[0].kind;
  }
}

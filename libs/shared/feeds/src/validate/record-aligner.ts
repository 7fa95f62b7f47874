import type { KindDefinition } from '../kinds/kind.definition';
import type { ProblemCode } from '../problems/problem-codes';
import type { RawCell } from './cell.parsers';
import { columnPosition, HeaderMatch, matchHeader } from './header.mapper';

export type Aligned = { readonly cells: RawCell[] } | { readonly fault: ProblemCode; readonly detail?: string };

/** Puts a CSV or sheet row's cells in the order of the kind's columns, by the header. */
export class TabularAligner {
  readonly match: HeaderMatch;
  /** For each column of the kind, the index of its cell in a row, or -1. */
  readonly sourceOf: Int32Array;

  constructor(
    private readonly definition: KindDefinition,
    private readonly headers: readonly string[],
    private readonly strictWidth: boolean,
  ) {
    this.match = matchHeader(definition, headers);
    this.sourceOf = new Int32Array(definition.columns.length).fill(-1);
    this.match.positions.forEach((position, i) => {
      if (position >= 0) this.sourceOf[position] = i;
    });
  }

  /** The header cell of a column of the kind, as the dealer wrote it. */
  headerOf(key: string): string | undefined {
    const position = this.definition.columns.findIndex((column) => column.key === key);
    const source = position >= 0 ? this.sourceOf[position] : -1;
    return source >= 0 ? this.headers[source] : undefined;
  }

  /** A row whose width breaks the header's, or undefined: its cells are read in place. */
  fault(cells: readonly RawCell[]): Extract<Aligned, { fault: ProblemCode }> | undefined {
    if (this.strictWidth && cells.length !== this.headers.length && !onlyEmptyBeyond(cells, this.headers.length)) {
      return { fault: 'ragged-row', detail: String(cells.length) };
    }
    return undefined;
  }

  align(cells: readonly RawCell[]): Aligned {
    if (this.strictWidth && cells.length !== this.headers.length && !onlyEmptyBeyond(cells, this.headers.length)) {
      return { fault: 'ragged-row', detail: String(cells.length) };
    }
    const aligned: RawCell[] = new Array(this.definition.columns.length);
    const { positions } = this.match;
    for (let i = 0; i < positions.length; i++) {
      if (positions[i] >= 0) aligned[positions[i]] = cells[i];
    }
    return { cells: aligned };
  }
}

/** Excel adds trailing commas when a row once had more cells; they carry nothing. */
function onlyEmptyBeyond(cells: readonly RawCell[], width: number): boolean {
  if (cells.length < width) return false;
  for (let i = width; i < cells.length; i++) if (cells[i] !== '' && cells[i] !== undefined) return false;
  return true;
}

/** Puts a JSON object's values in the order of the kind's columns, by their keys. */
export class ObjectAligner {
  private readonly positions = new Map<string, number | undefined>();
  readonly unknownKeys = new Set<string>();

  constructor(private readonly definition: KindDefinition) {}

  /** Keys this object has that no column of the kind names (reported once per file). */
  align(fields: Readonly<Record<string, unknown>>): { cells: RawCell[]; newUnknown: string[] } {
    const cells: RawCell[] = new Array(this.definition.columns.length);
    const newUnknown: string[] = [];
    for (const key of Object.keys(fields)) {
      const position = this.positionOf(key);
      if (position !== undefined) cells[position] = jsonCell(fields[key]);
      else if (!this.unknownKeys.has(key)) {
        this.unknownKeys.add(key);
        newUnknown.push(key);
      }
    }
    return { cells, newUnknown };
  }

  private positionOf(key: string): number | undefined {
    if (!this.positions.has(key)) this.positions.set(key, columnPosition(this.definition, key));
    return this.positions.get(key);
  }
}

/** JSON values are cells; a nested object or array is shown as its JSON text. */
function jsonCell(value: unknown): RawCell {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return value === undefined ? undefined : JSON.stringify(value);
}

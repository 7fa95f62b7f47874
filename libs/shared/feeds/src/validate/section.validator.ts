import type { FeedKind } from '../kinds/feed-kind';
import { kindDefinition } from '../kinds/kinds.registry';
import type { KindDefinition, RuleBreach } from '../kinds/kind.definition';
import { feedProblem, ProblemFacts } from '../problems/feed-problem';
import { PROBLEMS, ProblemCode } from '../problems/problem-codes';
import type { ProblemLog } from '../problems/problem-log';
import type { FeedRecord, ResolvedOptions } from '../read/feed-options';
import type { FeedSection, RawRecord } from '../read/feed-section';
import { FeedReadError } from '../read/feed-section';
import type { CellContext, RawCell } from './cell.parsers';
import { isBlankRow } from './cell.parsers';
import { matchHeader } from './header.mapper';
import { HEADER_ROWS, HeaderSearch } from './header-search';
import { summaryLine } from './summary-line';
import { LookupChecker } from './lookups';
import { DuplicateKeys } from './duplicate-keys';
import { Aligned, ObjectAligner, TabularAligner } from './record-aligner';
import { RowBuilder } from './row.builder';

const STOP = Symbol('stop');
const NO_BREACHES: readonly RuleBreach[] = [];

export interface SectionSummary {
  kind?: FeedKind;
  readonly sheet?: string;
  rows: number;
  validRows: number;
  errors: number;
  warnings: number;
}

/** Counts data rows across all sections of a file against `maxRows`. */
export interface RowBudget {
  used: number;
}

/**
 * Validates one section: the header first (missing required columns end it before any row
 * is read), then every row; yields only the rows without errors.
 */
export class SectionValidator {
  private definition?: KindDefinition;
  private aligner?: TabularAligner | ObjectAligner;
  private builder?: RowBuilder;
  private duplicates?: DuplicateKeys;
  private lookups?: LookupChecker;
  private search?: HeaderSearch;
  /** Where the natural key's first column is in a row, or -1. */
  private keySource = -1;
  readonly summary: SectionSummary;

  constructor(
    private readonly section: FeedSection,
    kind: FeedKind | undefined,
    private readonly options: ResolvedOptions,
    private readonly cellContext: CellContext,
    private readonly log: ProblemLog,
    private readonly budget: RowBudget,
  ) {
    this.summary = { kind, sheet: section.sheet, rows: 0, validRows: 0, errors: 0, warnings: 0 };
    if (kind) this.useKind(kind);
  }

  /**
   * The valid rows of each batch the reader gives, as one array: a whole batch is checked
   * without awaiting anything per row (only asynchronous lookups are awaited).
   */
  async *batches(): AsyncGenerator<FeedRecord[]> {
    const { sheet } = this.section;
    for await (const batch of this.section.records) {
      const valid: FeedRecord[] = [];
      let stop = false;
      try {
        for (let i = 0; i < batch.length; i++) {
          const record = batch[i];
          const data = this.take(record);
          if (data === undefined) continue;
          if (data === STOP) {
            stop = true;
            break;
          }
          const ok = this.lookups ? await this.checkWithLookups(data, record.row) : this.checkRow(data, record.row, NO_BREACHES);
          if (ok) valid.push({ kind: this.summary.kind, sheet, row: record.row, data } as FeedRecord);
        }
      } catch (error) {
        if (valid.length > 0) yield valid; // the rows before a limit was reached, as row by row
        throw error;
      }
      if (valid.length > 0) yield valid;
      if (stop) return;
    }
    this.finish();
  }

  /** The built row, undefined to go on with the next row, or STOP to end the section. */
  private take(record: RawRecord): object | undefined | typeof STOP {
    if ('fault' in record) return this.rowFault(record.row, record.fault, record.detail, record.value);
    if ('cells' in record && isBlankRow(record.cells)) return undefined;
    if (!this.aligner) {
      if ('cells' in record) return this.seekHeader(record.cells, record.row);
      if (!this.startObjects(record.fields)) return STOP; // a JSON object has no header: it is data
    }
    if ('cells' in record && this.aligner instanceof TabularAligner) {
      const line = summaryLine(record.cells, this.keySource);
      if (line !== undefined) return this.problem('summary-line', { row: record.row, value: line });
    }
    if (++this.budget.used > this.options.maxRows) throw new FeedReadError('too-many-rows', String(this.options.maxRows));
    this.summary.rows += 1;
    let built;
    if (this.aligner instanceof TabularAligner && 'cells' in record) {
      // CSV and sheet rows are read in place, through the header's column positions.
      const fault = this.aligner.fault(record.cells);
      if (fault) return this.rowFault(record.row, fault.fault, fault.detail);
      built = (this.builder as RowBuilder).build(record.cells, this.aligner.sourceOf);
    } else {
      const aligned = this.align(record);
      if ('fault' in aligned) return this.rowFault(record.row, aligned.fault, aligned.detail);
      built = (this.builder as RowBuilder).build(aligned.cells);
    }
    if (built.breaches.length > 0) return this.report(record.row, (this.duplicates as DuplicateKeys).alongside(built.data, record.row, built.breaches));
    return built.data;
  }

  /** Rows above the header (a title, merged group headers) are passed over; STOP if none is found. */
  private seekHeader(cells: readonly RawCell[], row: number): undefined | typeof STOP {
    const search = (this.search ??= new HeaderSearch(this.definition));
    if (search.passed(row)) return this.headerNotFound();
    const verdict = search.consider(cells, row);
    if (!verdict.found) return undefined;
    if (!this.definition) this.useKind(verdict.kind);
    return this.startTable(verdict.headers, row) ? undefined : STOP;
  }

  /** No row of the first ten is a header: the closest one is reported. */
  private headerNotFound(): typeof STOP {
    const closest = (this.search as HeaderSearch).closest;
    if (closest === undefined) return STOP;
    if (!this.definition) {
      this.problem('unknown-kind', { row: closest.row, detail: closest.headers.filter((h) => h !== '').slice(0, 8).join(', ') });
      return STOP;
    }
    const { missing } = matchHeader(this.definition, closest.headers);
    this.problem('missing-columns', { row: closest.row, params: { columns: missing.map((c) => c.key).join(','), scanned: String(HEADER_ROWS) } });
    return STOP;
  }

  private rowFault(row: number, code: ProblemCode, detail?: string, value?: string): undefined {
    if (this.aligner) this.summary.rows += 1;
    this.problem(code, { row, detail, value });
    return undefined;
  }

  private align(record: RawRecord): Aligned {
    if (this.aligner instanceof ObjectAligner) {
      if (!('fields' in record)) return { cells: [] };
      const { cells, newUnknown } = this.aligner.align(record.fields);
      for (const key of newUnknown) this.problem('unknown-column', { row: record.row, column: key, value: key });
      return { cells };
    }
    return (this.aligner as TabularAligner).align('cells' in record ? record.cells : []);
  }

  /** JSON Lines has no header: the first object's keys are only used to guess the kind. */
  private startObjects(fields: Readonly<Record<string, unknown>>): boolean {
    if (!this.definition) {
      const kind = new HeaderSearch(undefined).consider(Object.keys(fields), 1);
      if (!kind.found) {
        this.problem('unknown-kind', { row: 1, detail: Object.keys(fields).slice(0, 8).join(', ') });
        return false;
      }
      this.useKind(kind.kind);
    }
    this.aligner = new ObjectAligner(this.definition as KindDefinition);
    return true;
  }

  /** The header row fixes the columns; a column named twice ends the section here. */
  private startTable(headers: readonly string[], row: number): boolean {
    const aligner = new TabularAligner(this.definition as KindDefinition, headers, this.section.sheet === undefined);
    const { unknown, duplicates } = aligner.match;
    for (const header of unknown) this.problem('unknown-column', { row, column: header, header, value: header });
    for (const header of duplicates) this.problem('duplicate-column', { row, column: header, header, value: header });
    if (duplicates.length > 0) return false;
    this.aligner = aligner;
    this.keySource = aligner.sourceOf[(this.definition as KindDefinition).columns.findIndex((c) => c.key === this.definition?.naturalKey[0])];
    return true;
  }

  /** A section that ends before its header was found. */
  finish(): void {
    if (!this.aligner && this.search?.closest) this.headerNotFound();
  }

  private useKind(kind: FeedKind): void {
    this.definition = kindDefinition(kind);
    this.duplicates = new DuplicateKeys(this.definition);
    this.summary.kind = kind;
    this.builder = new RowBuilder(this.definition, this.cellContext, this.options.periodBounds);
    if (this.options.lookups) this.lookups = new LookupChecker(kind, this.options.lookups, this.options.timeZone);
  }

  /** Duplicate keys and the lookups run on rows that are otherwise valid. */
  private async checkWithLookups(data: object, row: number): Promise<boolean> {
    const found = await (this.lookups as LookupChecker).check(data as Record<string, unknown>);
    return this.checkRow(data, row, found);
  }

  private checkRow(data: object, row: number, lookupBreaches: readonly RuleBreach[]): boolean {
    const duplicate = (this.duplicates as DuplicateKeys).of(data, row);
    if (duplicate === undefined && lookupBreaches.length === 0) {
      this.summary.validRows += 1;
      return true;
    }
    const breaches = duplicate === undefined ? lookupBreaches : [duplicate, ...lookupBreaches];
    this.report(row, breaches);
    const valid = breaches.every((breach) => PROBLEMS[breach.code].severity === 'warning');
    if (valid) this.summary.validRows += 1;
    return valid;
  }

  private report(row: number, breaches: readonly RuleBreach[]): undefined {
    for (const breach of breaches) {
      const { column, code, value, detail, params } = breach;
      this.problem(code, { row, column, header: this.headerOf(column), value, detail, params });
    }
    return undefined;
  }

  /** The column as the dealer's header wrote it ('record_no+part_no' for a key of two). */
  private headerOf(column: string): string | undefined {
    if (!(this.aligner instanceof TabularAligner)) return undefined;
    const headers = column.split('+').map((key) => this.aligner instanceof TabularAligner ? this.aligner.headerOf(key) : undefined);
    return headers.every((h) => h !== undefined) ? headers.join('+') : undefined;
  }

  private problem(code: ProblemCode, facts: ProblemFacts): undefined {
    const problem = feedProblem(code, { ...facts, kind: this.summary.kind, sheet: this.section.sheet }, this.options.language);
    if (problem.severity === 'error') this.summary.errors += 1;
    else this.summary.warnings += 1;
    this.log.add(problem);
    return undefined;
  }
}

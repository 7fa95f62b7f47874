import type { FeedKind } from '../kinds/feed-kind';
import { kindDefinition, KINDS } from '../kinds/kinds.registry';
import type { KindDefinition, RuleBreach } from '../kinds/kind.definition';
import { feedProblem, ProblemFacts } from '../problems/feed-problem';
import { PROBLEMS, ProblemCode } from '../problems/problem-codes';
import type { ProblemLog } from '../problems/problem-log';
import type { FeedRecord, ResolvedOptions } from '../read/feed-options';
import type { FeedSection, RawRecord } from '../read/feed-section';
import { FeedReadError } from '../read/feed-section';
import type { CellContext, RawCell } from './cell.parsers';
import { cellText } from './cell.parsers';
import { requiredCoverage } from './header.mapper';
import { LookupChecker } from './lookups';
import { NaturalKeySet } from './natural-key.set';
import { Aligned, ObjectAligner, TabularAligner } from './record-aligner';
import { RowBuilder } from './row.builder';

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
  private readonly keys = new NaturalKeySet();
  private lookups?: LookupChecker;
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

  async *records(): AsyncGenerator<FeedRecord> {
    for await (const batch of this.section.records) {
      for (const record of batch) {
        const outcome = this.take(record);
        if (outcome === 'stop') return;
        if (outcome === undefined) continue;
        const valid = await this.checkRow(outcome.data, record.row);
        if (valid) yield { kind: this.summary.kind, sheet: this.section.sheet, row: record.row, data: outcome.data } as FeedRecord;
      }
    }
  }

  /** The built row, undefined to go on with the next row, or 'stop' to end the section. */
  private take(record: RawRecord): { data: object } | undefined | 'stop' {
    if ('fault' in record) return this.rowFault(record.row, record.fault, record.detail, record.value);
    if ('cells' in record && isBlank(record.cells)) return undefined;
    if (!this.aligner) {
      const started = 'fields' in record ? this.startObjects(record.fields) : this.startTable(record.cells, record.row);
      if (!started) return 'stop';
      if (!('fields' in record)) return undefined; // a header row is no data; a JSON object is
    }
    if (++this.budget.used > this.options.maxRows) throw new FeedReadError('too-many-rows', String(this.options.maxRows));
    this.summary.rows += 1;
    const aligned = this.align(record);
    if ('fault' in aligned) return this.rowFault(record.row, aligned.fault, aligned.detail);
    const built = (this.builder as RowBuilder).build(aligned.cells);
    if (built.breaches.length > 0) return this.report(record.row, built.breaches);
    return { data: built.data };
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
    if (!this.definition && !this.guessKind(Object.keys(fields))) return false;
    this.aligner = new ObjectAligner(this.definition as KindDefinition);
    return true;
  }

  /** The header row fixes the columns; missing required ones end the section here. */
  private startTable(cells: readonly RawCell[], row: number): boolean {
    const headers = cells.map((c) => cellText(c) ?? '');
    if (!this.definition && !this.guessKind(headers)) return false;
    const aligner = new TabularAligner(this.definition as KindDefinition, headers, this.section.sheet === undefined);
    const { unknown, duplicates, missing } = aligner.match;
    for (const header of unknown) this.problem('unknown-column', { row, column: header, value: header });
    for (const header of duplicates) this.problem('duplicate-column', { row, column: header, value: header });
    if (missing.length > 0) {
      const names = missing.map((c) => `${c.key} ${c.traditional}/${c.simplified}`).join(', ');
      this.problem('missing-columns', { row, detail: names });
    }
    if (missing.length > 0 || duplicates.length > 0) return false;
    this.aligner = aligner;
    return true;
  }

  private guessKind(headers: readonly string[]): boolean {
    const ranked = Object.values(KINDS)
      .map((definition) => ({ kind: definition.kind, score: requiredCoverage(definition as never, headers) }))
      .sort((a, b) => b.score - a.score);
    if (ranked[0].score < 0) {
      this.problem('unknown-kind', { row: 1, detail: headers.slice(0, 8).join(', ') });
      return false;
    }
    this.useKind(ranked[0].kind);
    return true;
  }

  private useKind(kind: FeedKind): void {
    this.definition = kindDefinition(kind);
    this.summary.kind = kind;
    this.builder = new RowBuilder(this.definition, this.cellContext, this.options.periodBounds);
    if (this.options.lookups) this.lookups = new LookupChecker(kind, this.options.lookups);
  }

  /** Duplicate keys and the lookups run on rows that are otherwise valid. */
  private async checkRow(data: object, row: number): Promise<boolean> {
    const definition = this.definition as KindDefinition;
    const values = data as Record<string, unknown>;
    const key = definition.naturalKey.map((column) => String(values[column])).join('\u001f');
    const first = this.keys.firstRowOf(key, row);
    const breaches: RuleBreach[] = [];
    if (first !== undefined) {
      breaches.push({ column: definition.naturalKey.join('+'), code: 'duplicate-key', value: key.split('\u001f').join(' + '), detail: String(first) });
    }
    if (this.lookups) breaches.push(...(await this.lookups.check(values)));
    this.report(row, breaches);
    const valid = breaches.every((breach) => PROBLEMS[breach.code].severity === 'warning');
    if (valid) this.summary.validRows += 1;
    return valid;
  }

  private report(row: number, breaches: readonly RuleBreach[]): undefined {
    for (const breach of breaches) {
      this.problem(breach.code, { row, column: breach.column, value: breach.value, detail: breach.detail });
    }
    return undefined;
  }

  private problem(code: ProblemCode, facts: ProblemFacts): void {
    const problem = feedProblem(code, { ...facts, kind: this.summary.kind, sheet: this.section.sheet });
    if (problem.severity === 'error') this.summary.errors += 1;
    else this.summary.warnings += 1;
    this.log.add(problem);
  }
}

function isBlank(cells: readonly RawCell[]): boolean {
  for (const cell of cells) if (cellText(cell) !== undefined) return false;
  return true;
}

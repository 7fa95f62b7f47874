import type { KindDefinition, PeriodBounds, RuleBreach } from '../kinds/kind.definition';
import type { ProblemCode } from '../problems/problem-codes';
import { describeValue } from '../problems/feed-problem';
import { CELL_ERRORS, CellError } from '../read/special-cells';
import { CELL_PARSERS, CellContext, CellFault, CellParser, RawCell } from './cell.parsers';
import { BrokenConstraint, CompiledRowValidator } from './compiled-validator';

const validators = new WeakMap<KindDefinition, CompiledRowValidator>();

function validatorOf(definition: KindDefinition): CompiledRowValidator {
  let validator = validators.get(definition);
  if (!validator) {
    validator = new CompiledRowValidator(definition.rowClass);
    validators.set(definition, validator);
  }
  return validator;
}

export interface BuiltRow {
  readonly data: object;
  /** Empty when the row is valid. */
  readonly breaches: readonly RuleBreach[];
}

const NO_BREACHES: readonly RuleBreach[] = [];

/**
 * Turns the cells of one row, aligned with the kind's columns, into a typed row: each cell
 * is parsed by its column's type, then the row class's decorators and the kind's rules run.
 * Every problem of the row is collected, not only the first.
 */
export class RowBuilder {
  private readonly validator: CompiledRowValidator;
  private readonly positionOf: ReadonlyMap<string, number>;
  private readonly parsers: readonly CellParser[];
  private readonly context: CellContext;
  private readonly keys: readonly string[];
  private readonly identity: Int32Array;

  constructor(
    private readonly definition: KindDefinition,
    context: CellContext,
    private readonly period: PeriodBounds | undefined,
  ) {
    this.validator = validatorOf(definition);
    this.positionOf = new Map(definition.columns.map((column, position) => [column.key, position]));
    this.keys = definition.columns.map((column) => column.key);
    this.identity = Int32Array.from(definition.columns, (_, position) => position);
    this.parsers = definition.columns.map((column) => CELL_PARSERS[column.type]);
    this.context = context;
  }

  /** Problems of a row are listed in the order of its columns, as the dealer reads them. */
  private order(column: string): number {
    return this.positionOf.get(column) ?? -1;
  }

  /**
   * `sourceOf` gives, for each column of the kind, the index of its cell in `cells` (or -1);
   * without it the cells are already in the kind's column order.
   */
  build(cells: readonly RawCell[], sourceOf: Int32Array = this.identity): BuiltRow {
    const data = new this.definition.rowClass() as Record<string, unknown>;
    let breaches: RuleBreach[] | undefined;
    let failed: Set<string> | undefined;
    const { parsers, keys, context } = this;
    const { columns } = this.definition;
    for (let position = 0; position < parsers.length; position++) {
      const source = sourceOf[position];
      const cell = source >= 0 ? cells[source] : undefined;
      const value = isCellError(cell) ? errorOf(cell) : parsers[position](cell, columns[position], context);
      if (value === undefined) continue;
      if (value instanceof CellFault) {
        (breaches ??= []).push({ column: keys[position], code: value.code, value: cell, detail: value.detail, params: value.params });
        (failed ??= new Set()).add(keys[position]);
      } else {
        data[keys[position]] = value;
      }
    }
    const broken = this.validator.validate(data, failed);
    if (broken !== undefined) {
      for (const one of broken) {
        if (failed?.has(one.property)) continue; // one problem per cell is enough
        (failed ??= new Set()).add(one.property);
        const source = sourceOf[this.positionOf.get(one.property) ?? -1] ?? -1;
        const cell = source >= 0 ? cells[source] : undefined;
        (breaches ??= []).push(describeBroken(one, data[one.property], cell));
      }
    }
    if (breaches === undefined) {
      const { rules } = this.definition;
      for (let r = 0; r < rules.length; r++) {
        const found = rules[r](data, this.period);
        for (let b = 0; b < found.length; b++) (breaches ??= []).push(this.asTyped(found[b], cells, sourceOf));
      }
    }
    if (breaches === undefined) return { data, breaches: NO_BREACHES };
    if (breaches.length > 1) breaches.sort((a, b) => this.order(a.column) - this.order(b.column));
    return { data, breaches };
  }

  /** A rule's breach shows the cells as the dealer typed them (a local time, not the UTC instant). */
  private asTyped(breach: RuleBreach, cells: readonly RawCell[], sourceOf: Int32Array): RuleBreach {
    const typed = (column: string) => {
      const source = sourceOf[this.positionOf.get(column) ?? -1] ?? -1;
      return source >= 0 ? cells[source] : undefined;
    };
    const value = typed(breach.column) ?? breach.value;
    const against = breach.against === undefined ? undefined : describeValue(typed(breach.against));
    return { ...breach, value, ...(against === undefined ? {} : { params: { ...breach.params, against } }) };
  }
}

const FORMULA_ERROR = new CellFault('formula-error');
const NOT_COMPUTED = new CellFault('formula-without-result');

function errorOf(cell: RawCell): CellFault {
  return cell instanceof CellError && cell.error === '' ? NOT_COMPUTED : FORMULA_ERROR;
}

/** A formula's error result: a workbook's error cell, or its text as a CSV file saves it. */
function isCellError(cell: RawCell): boolean {
  if (typeof cell === 'string') return cell.charCodeAt(0) === 35 && CELL_ERRORS.has(cell.trim()); // '#'
  return typeof cell === 'object' && cell instanceof CellError;
}

const CODE_OF_CONSTRAINT: Readonly<Record<string, ProblemCode>> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  isString: 'not-text',
  maxLength: 'too-long',
  isInt: 'not-whole-number',
  min: 'out-of-range',
  max: 'out-of-range',
  isIn: 'not-a-choice',
  isBoolean: 'not-yes-no',
  isDate: 'bad-datetime',
};

/** The problem of a broken decorator, showing the cell as the dealer wrote it (yuan, not fen). */
function describeBroken(broken: BrokenConstraint, value: unknown, cell: RawCell): RuleBreach {
  if (value === undefined || value === null) return { column: broken.property, code: 'required' };
  const code = CODE_OF_CONSTRAINT[broken.name] ?? 'invalid';
  return { column: broken.property, code, value: cell ?? value, detail: constraintDetail(broken, code) };
}

function constraintDetail({ name, constraints }: BrokenConstraint, code: ProblemCode): string | undefined {
  if (name === 'min') return `≥ ${String(constraints[0])}`;
  if (name === 'max') return `≤ ${String(constraints[0])}`;
  if (name === 'isIn') return (constraints[0] as readonly string[]).join('/');
  if (code === 'invalid') return name;
  return constraints.length > 0 ? String(constraints[0]) : undefined;
}

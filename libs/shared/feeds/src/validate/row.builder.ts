import type { KindDefinition, PeriodBounds, RuleBreach } from '../kinds/kind.definition';
import type { ProblemCode } from '../problems/problem-codes';
import { CELL_PARSERS, CellContext, CellFault, RawCell } from './cell.parsers';
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

/**
 * Turns the cells of one row, aligned with the kind's columns, into a typed row: each cell
 * is parsed by its column's type, then the row class's decorators and the kind's rules run.
 * Every problem of the row is collected, not only the first.
 */
export class RowBuilder {
  private readonly validator: CompiledRowValidator;
  private readonly positionOf: ReadonlyMap<string, number>;

  constructor(
    private readonly definition: KindDefinition,
    private readonly context: CellContext,
    private readonly period: PeriodBounds | undefined,
  ) {
    this.validator = validatorOf(definition);
    this.positionOf = new Map(definition.columns.map((column, position) => [column.key, position]));
  }

  /** Problems of a row are listed in the order of its columns, as the dealer reads them. */
  private order(column: string): number {
    return this.positionOf.get(column) ?? -1;
  }

  build(cells: readonly RawCell[]): BuiltRow {
    const data = new this.definition.rowClass() as Record<string, unknown>;
    const breaches: RuleBreach[] = [];
    let failed: Set<string> | undefined;
    const { columns } = this.definition;
    for (let position = 0; position < columns.length; position++) {
      const column = columns[position];
      const cell = cells[position];
      const value = CELL_PARSERS[column.type](cell, column, this.context);
      if (value instanceof CellFault) {
        breaches.push({ column: column.key, code: value.code, value: cell, detail: value.detail });
        (failed ??= new Set()).add(column.key);
      } else if (value !== undefined) {
        data[column.key] = value;
      }
    }
    for (const broken of this.validator.validate(data, failed)) {
      if (failed?.has(broken.property)) continue; // one problem per cell is enough
      (failed ??= new Set()).add(broken.property);
      const cell = cells[this.positionOf.get(broken.property) ?? -1];
      breaches.push(describeBroken(broken, data[broken.property], cell));
    }
    if (breaches.length === 0) {
      for (const rule of this.definition.rules) breaches.push(...rule(data, this.period));
    }
    if (breaches.length > 1) breaches.sort((a, b) => this.order(a.column) - this.order(b.column));
    return { data, breaches };
  }
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

import {
  getMetadataStorage,
  ValidationArguments,
  ValidationTypes,
  ValidatorConstraintInterface,
} from 'class-validator';

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/** A decorator of the row class that a value broke: its name ('max') and arguments ([4]). */
export interface BrokenConstraint {
  readonly property: string;
  readonly name: string;
  readonly constraints: readonly unknown[];
}

/** One decorator compiled to a plain test of the value; `true` when the value passes. */
type Test = (value: unknown, row: object) => boolean;

interface Check {
  readonly name: string;
  readonly constraints: readonly unknown[];
  readonly test: Test;
}

interface PropertyChecks {
  readonly property: string;
  /** @IsOptional(): a null or undefined value is not checked. */
  readonly optional: boolean;
  /** Other conditional decorators (@ValidateIf). */
  readonly conditions: readonly ((row: object, value: unknown) => boolean)[];
  readonly checks: readonly Check[];
}

/**
 * The class-validator decorators of a row class, compiled once (at first use) into plain
 * per-property test functions derived from the class-validator metadata. Same decorators,
 * same semantics (IsOptional skips a missing value; the spec checks each compiled test
 * against class-validator's own constraint), but without validateSync's per-call metadata
 * grouping, arguments and error objects.
 */
export class CompiledRowValidator {
  readonly properties: readonly PropertyChecks[];

  constructor(rowClass: new () => object) {
    const storage = getMetadataStorage();
    const metadatas = storage.getTargetValidationMetadatas(rowClass, '', true, false);
    const grouped = storage.groupByPropertyName(metadatas);
    this.properties = Object.entries(grouped).map(([property, list]) => compileProperty(property, list));
  }

  /**
   * Every broken constraint of the row, or undefined when none is. Properties in `skip`
   * are not checked.
   */
  validate(row: object, skip?: ReadonlySet<string>): BrokenConstraint[] | undefined {
    let broken: BrokenConstraint[] | undefined;
    const properties = this.properties;
    for (let p = 0; p < properties.length; p++) {
      const { property, optional, conditions, checks } = properties[p];
      if (skip !== undefined && skip.has(property)) continue;
      const value = (row as Record<string, unknown>)[property];
      if (optional && (value === null || value === undefined)) continue;
      if (conditions.length > 0 && !conditions.every((condition) => condition(row, value))) continue;
      for (let c = 0; c < checks.length; c++) {
        const check = checks[c];
        if (!check.test(value, row)) (broken ??= []).push({ property, name: check.name, constraints: check.constraints });
      }
    }
    return broken;
  }
}

/** The built-in constraints of class-validator as plain functions, exactly as it defines them. */
const BUILT_IN: Readonly<Record<string, (constraints: readonly unknown[]) => Test | undefined>> = {
  isString: () => (value) => typeof value === 'string' || value instanceof String,
  isNotEmpty: () => (value) => value !== '' && value !== null && value !== undefined,
  isDefined: () => (value) => value !== null && value !== undefined,
  isInt: () => (value) => typeof value === 'number' && Number.isInteger(value),
  isBoolean: () => (value) => typeof value === 'boolean' || value instanceof Boolean,
  isDate: () => (value) => value instanceof Date && !Number.isNaN(value.getTime()),
  min: ([bound]) => (typeof bound === 'number' ? (value) => typeof value === 'number' && value >= bound : undefined),
  max: ([bound]) => (typeof bound === 'number' ? (value) => typeof value === 'number' && value <= bound : undefined),
  isIn: ([choices]) => {
    if (!Array.isArray(choices)) return undefined;
    const set = new Set<unknown>(choices.filter((c) => c === c)); // === never matches NaN
    return (value) => set.has(value) && value === value;
  },
};

/**
 * @MaxLength counts characters as validator.js does (a surrogate pair or a variation
 * selector counts less); a string no longer in UTF-16 units cannot be longer in those, so
 * only longer strings need the exact count of class-validator's own constraint.
 */
function maxLengthTest(constraints: readonly unknown[], exact: Test): Test | undefined {
  const bound = constraints[0];
  if (typeof bound !== 'number') return undefined;
  return (value, row) => (typeof value === 'string' && value.length <= bound ? true : exact(value, row));
}

function compileProperty(property: string, list: ValidationMetadata[]): PropertyChecks {
  let optional = false;
  const conditions: ((row: object, value: unknown) => boolean)[] = [];
  const checks: Check[] = [];
  const storage = getMetadataStorage();
  for (const metadata of list) {
    if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      if (metadata.name === 'isOptional') optional = true;
      else conditions.push(metadata.constraints[0] as (row: object, value: unknown) => boolean);
    } else if (metadata.type === ValidationTypes.CUSTOM_VALIDATION) {
      for (const found of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
        if (found.async) throw new Error(`feed rows are validated synchronously; ${found.name} is async`);
        const constraints = metadata.constraints ?? [];
        const exact = constraintTest(found.instance, property, constraints);
        const test = found.name === 'maxLength' ? maxLengthTest(constraints, exact) : BUILT_IN[found.name]?.(constraints);
        checks.push({ name: found.name, constraints, test: test ?? exact });
      }
    } else {
      // Nested, whitelist or promise validation have no place in a flat feed row.
      throw new Error(`feed row property ${property} uses unsupported validation ${metadata.type}`);
    }
  }
  return { property, optional, conditions, checks };
}

/** class-validator's own constraint, called directly with one refilled arguments object. */
export function constraintTest(constraint: ValidatorConstraintInterface, property: string, constraints: readonly unknown[]): Test {
  const args: ValidationArguments = { targetName: '', property, object: {}, value: undefined, constraints: constraints as unknown[] };
  return (value, row) => {
    args.object = row;
    args.value = value;
    return constraint.validate(value, args) === true;
  };
}

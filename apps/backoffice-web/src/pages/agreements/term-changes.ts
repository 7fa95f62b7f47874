/** One term that differs between two versions of the terms (or the defaults and a new version). */
export interface TermChange {
  /** Dotted path, e.g. "serviceLevels.arrivalHours.far". */
  term: string;
  before: unknown;
  after: unknown;
}

/**
 * The terms that differ, leaf by leaf; a list is one term, compared whole (the service replaces
 * lists whole too). A term present on one side only (the other fund model's) is a change.
 */
export function termChanges(before: object, after: object, prefix = ''): TermChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => {
    const term = prefix ? `${prefix}.${key}` : key;
    const from: unknown = (before as Record<string, unknown>)[key];
    const to: unknown = (after as Record<string, unknown>)[key];
    if (isSection(from) && isSection(to)) return termChanges(from, to, term);
    return same(from, to) ? [] : [{ term, before: from, after: to }];
  });
}

function isSection(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

import type { KindDefinition, RuleBreach } from '../kinds/kind.definition';
import { NaturalKeySet } from './natural-key.set';

/** Duplicate natural keys inside one section (docs/feeds.md): each repeat names the first row. */
export class DuplicateKeys {
  private readonly keys = new NaturalKeySet();

  constructor(private readonly definition: KindDefinition) {}

  /** The duplicate-key breach when a row before this one had the same natural key. */
  of(data: object, row: number): RuleBreach | undefined {
    const { naturalKey } = this.definition;
    const values = data as Record<string, unknown>;
    const key = naturalKey.length === 1 ? String(values[naturalKey[0]]) : naturalKey.map((column) => String(values[column])).join('\u001f');
    const first = this.keys.firstRowOf(key, row);
    if (first === undefined) return undefined;
    return { column: naturalKey.join('+'), code: 'duplicate-key', value: key.split('\u001f').join(' + '), detail: String(first) };
  }

  /**
   * A row wrong elsewhere still holds its key: a repeat of it is reported whatever else is
   * wrong with either row (every problem in one pass). A key whose own cell is wrong is
   * reported as that, and not compared.
   */
  alongside(data: object, row: number, breaches: readonly RuleBreach[]): readonly RuleBreach[] {
    const values = data as Record<string, unknown>;
    if (this.definition.naturalKey.some((column) => values[column] === undefined || breaches.some((breach) => breach.column === column))) {
      return breaches;
    }
    const duplicate = this.of(data, row);
    return duplicate === undefined ? breaches : [duplicate, ...breaches];
  }
}

import type { ColumnDefinition } from '../kinds/column.definition';
import type { KindDefinition } from '../kinds/kind.definition';

/** Case, spaces (also full-width), `_`, `-` and the template's required mark `*` do not count. */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[\s\u3000_\-*＊:：]+/g, '');
}

const indexes = new WeakMap<KindDefinition, Map<string, number>>();

/** English key, 繁體 and 简体 label of every column → its position in the kind's columns. */
function labelIndex(definition: KindDefinition): Map<string, number> {
  let index = indexes.get(definition);
  if (!index) {
    index = new Map();
    definition.columns.forEach((column, position) => {
      for (const label of [column.key, column.traditional, column.simplified]) {
        index?.set(normaliseHeader(label), position);
      }
    });
    indexes.set(definition, index);
  }
  return index;
}

/**
 * The column a header cell names, or undefined. A bilingual template header such as
 * `*維修單號 record_no` or `維修單號/维修单号` names the column through any of its parts.
 */
export function columnPosition(definition: KindDefinition, header: string): number | undefined {
  const index = labelIndex(definition);
  const whole = index.get(normaliseHeader(header));
  if (whole !== undefined) return whole;
  for (const part of header.split(/[\s\u3000/|()（）\n]+/)) {
    const found = part === '' ? undefined : index.get(normaliseHeader(part));
    if (found !== undefined) return found;
  }
  return undefined;
}

export interface HeaderMatch {
  /** For each header cell, the position of its column in the kind, or -1. */
  readonly positions: Int32Array;
  readonly unknown: readonly string[];
  readonly duplicates: readonly string[];
  readonly missing: readonly ColumnDefinition[];
}

export function matchHeader(definition: KindDefinition, headers: readonly string[]): HeaderMatch {
  const positions = new Int32Array(headers.length).fill(-1);
  const seen = new Set<number>();
  const unknown: string[] = [];
  const duplicates: string[] = [];
  headers.forEach((header, i) => {
    if (header.trim() === '') return; // Excel's trailing empty columns
    const position = columnPosition(definition, header);
    if (position === undefined) unknown.push(header);
    else if (seen.has(position)) duplicates.push(header);
    else {
      seen.add(position);
      positions[i] = position;
    }
  });
  const missing = definition.columns.filter((column, position) => column.required && !seen.has(position));
  return { positions, unknown, duplicates, missing };
}

/** How many required columns of the kind the headers name: to guess an unnamed file's kind. */
export function requiredCoverage(definition: KindDefinition, headers: readonly string[]): number {
  const { missing } = matchHeader(definition, headers);
  return missing.length > 0 ? -1 : headers.filter((h) => columnPosition(definition, h) !== undefined).length;
}

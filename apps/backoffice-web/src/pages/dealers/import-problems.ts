import { FieldProblem } from '../../api/problem';
import type { components } from '../../api/schema';

/** A problem of an import file, placed in it (POST /api/dealer-imports answers 422 or 400 with these). */
export interface ImportProblem extends FieldProblem {
  sheet?: string;
  row?: number;
  column?: string;
  value?: unknown;
  code?: string;
}

/**
 * The codes of the import's problems (contracts' dealer-imports/import-problem.ts) that the UI
 * says in its own words. `invalid` is a field rule's refusal: its reason says which rule, so it
 * is shown as any API reason is (translated when it is a known one).
 */
const CODES = [
  'not-xlsx', 'no-rows', 'too-many-rows', 'missing-column', 'unknown-column', 'repeated-column',
  'not-an-integer', 'not-a-boolean', 'not-a-date', 'not-a-time', 'not-a-list-item',
  'unknown-region', 'registered', 'duplicate-code', 'unknown-parent', 'parent-cycle',
  'unknown-dealer', 'agreement-dates', 'duplicate-agreement',
];

/** The i18n key of a problem's code (`dealers:import.codes.<code>`), or undefined for one to show as the server wrote it. */
export function importReasonKey(problem: ImportProblem): string | undefined {
  return problem.code && CODES.includes(problem.code) ? `dealers:import.codes.${problem.code}` : undefined;
}

/** What a successful import applied: each dealer and agreement row, and whether it was new. */
export type ImportResult = components['schemas']['DealerImportResponse'];

export function countOf(applied: unknown[] | number | undefined): number {
  return Array.isArray(applied) ? applied.length : (applied ?? 0);
}

/** The problems in the order of the file: sheet, then row, then column; a problem about the whole file first. */
export function inFileOrder(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort(
    (a, b) =>
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').localeCompare(b.column ?? '', undefined, { numeric: true }),
  );
}

/** The template file's name in the UI's language (the server may name it itself: Content-Disposition wins). */
export function templateFileName(disposition: string | null, language: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (star) return decodeURIComponent(star);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '')?.[1];
  return plain ?? `dealer-import-template.${language}.xlsx`;
}

import { CellKind } from './import-columns';
import { ImportProblemCode } from './import-problem';

/** A cell as the workbook reader gives it. */
export type Cell = string | number | boolean | Date | undefined;
export type CellReading = { ok: true; value: unknown } | { ok: false; code: ImportProblemCode; reason: string };

const ok = (value: unknown): CellReading => ({ ok: true, value });
const bad = (code: ImportProblemCode, reason: string): CellReading => ({ ok: false, code, reason });
const LIST_SEPARATOR = /[,，、;；\n]/;
const ITEM_SEPARATOR = /[;；\n]/;
const TRUE = new Set(['true', 'yes', 'y', '1', '是', '真']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '假']);

/** A date cell (Excel keeps a date as midnight UTC) or text; the request's own rule checks the text. */
function dateText(cell: Cell): string {
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
}

function integer(text: string): number | undefined {
  return /^-?[0-9]{1,16}$/.test(text) ? Number(text) : undefined;
}

function items(cell: Cell, separator: RegExp): string[] {
  return String(cell).split(separator).map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * A cell as the value of its request field: an empty cell is a field left out (its default
 * applies). The request classes then check the value as they check a JSON body.
 */
export function readCell(kind: CellKind, cell: Cell): CellReading | undefined {
  if (cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return undefined;
  switch (kind) {
    case 'text': return ok(cell instanceof Date ? dateText(cell) : String(cell).trim());
    case 'integer': {
      const value = typeof cell === 'number' ? cell : integer(String(cell).trim());
      return value !== undefined && Number.isSafeInteger(value) ? ok(value) : bad('not-an-integer', 'must be a whole number');
    }
    case 'boolean': {
      const text = String(cell).trim().toLowerCase();
      if (TRUE.has(text)) return ok(true);
      return FALSE.has(text) ? ok(false) : bad('not-a-boolean', 'must be true or false');
    }
    case 'date': return ok(dateText(cell));
    case 'clock': return ok(cell instanceof Date ? cell.toISOString().slice(11, 16) : String(cell).trim());
    case 'texts': return ok(items(cell, LIST_SEPARATOR));
    case 'dates': return ok(cell instanceof Date ? [dateText(cell)] : items(cell, LIST_SEPARATOR));
    case 'integers': return listOf(items(cell, LIST_SEPARATOR), (item) => integer(item), 'whole numbers');
    case 'overrides': return listOf(items(cell, ITEM_SEPARATOR), overrideItem, 'component=months items');
    case 'fees': return listOf(items(cell, ITEM_SEPARATOR), feeItem, 'operation=feeFen/freeQuota items');
  }
}

function listOf(texts: string[], parse: (text: string) => unknown, what: string): CellReading {
  const values = texts.map(parse);
  const wrong = texts.find((_text, i) => values[i] === undefined);
  return wrong === undefined ? ok(values) : bad('not-a-list-item', `must be ${what}; "${wrong}" is not one`);
}

function overrideItem(text: string): object | undefined {
  const [, component, months] = /^(.+?)\s*=\s*(-?[0-9]{1,16})$/.exec(text) ?? [];
  return component ? { component: component.trim(), months: Number(months) } : undefined;
}

function feeItem(text: string): object | undefined {
  const [, operation, feeFen, freeQuota] = /^(.+?)\s*=\s*(-?[0-9]{1,16})\s*\/\s*(-?[0-9]{1,16})$/.exec(text) ?? [];
  return operation ? { operation: operation.trim(), feeFen: Number(feeFen), freeQuota: Number(freeQuota) } : undefined;
}

/** Sets `a.b.c` in a plain object, making the sections on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? path;
  let node = target;
  for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
  node[last] = value;
}

import type { RawCell } from './cell.parsers';
import { cellText } from './cell.parsers';

/**
 * Words that open a total or signature line under a form's data (docs/feeds.md): 合計,
 * 小計, 總計, 製表人, 審核 and their simplified forms, and the English ones.
 */
const MARKERS = ['合計', '合计', '小計', '小计', '總計', '总计', '共計', '共计', '製表', '制表', '填表', '審核', '审核', '負責人', '负责人', '簽名', '签名', 'total', 'subtotal', 'prepared by', 'checked by'];
const FIRST_CHARS = new Set(MARKERS.map((m) => m.charCodeAt(0)).concat(MARKERS.map((m) => m.toUpperCase().charCodeAt(0))));

function isMarked(cell: RawCell): string | undefined {
  if (typeof cell !== 'string' || !FIRST_CHARS.has(cell.trimStart().charCodeAt(0))) return undefined;
  const text = cellText(cell) ?? '';
  const lower = text.toLowerCase();
  return MARKERS.some((marker) => lower.startsWith(marker)) ? text : undefined;
}

/**
 * The marker text when the row is a total or signature line: its first filled cell opens
 * with a marker, or its key cell is empty and some cell opens with one. Else undefined.
 */
export function summaryLine(cells: readonly RawCell[], keySource: number): string | undefined {
  let first = 0;
  while (first < cells.length && cellText(cells[first]) === undefined) first++;
  if (first >= cells.length) return undefined;
  const opening = isMarked(cells[first]);
  if (opening !== undefined) return opening;
  if (keySource >= 0 && cellText(cells[keySource]) !== undefined) return undefined;
  for (let i = first + 1; i < cells.length; i++) {
    const marked = isMarked(cells[i]);
    if (marked !== undefined) return marked;
  }
  return undefined;
}

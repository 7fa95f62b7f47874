import { formatYuan } from '@aftersales/money';
import type { ColumnDefinition } from '../kinds/column.definition';
import type { FeedKind } from '../kinds/feed-kind';
import { kindDefinition } from '../kinds/kinds.registry';
import { utcToWallClock } from '../validate/local-time';

export type HeaderStyle = 'english' | 'traditional' | 'simplified' | 'bilingual';

/** A header cell; `bilingual` (the templates) is `*維修單號 record_no`, `*` marking required. */
export function headerText(column: ColumnDefinition, style: HeaderStyle, script: 'traditional' | 'simplified' = 'traditional'): string {
  if (style === 'english') return column.key;
  if (style === 'traditional') return column.traditional;
  if (style === 'simplified') return column.simplified;
  return `${column.required ? '*' : ''}${column[script]} ${column.key}`;
}

/** A typed value back to the text a dealer would write: yuan, Y/N, local time. */
export function cellTextOf(column: ColumnDefinition, value: unknown, timeZone: string): string {
  if (value === undefined || value === null) return '';
  switch (column.type) {
    case 'money':
      return formatYuan(value as number);
    case 'yes-no':
      return value ? 'Y' : 'N';
    case 'datetime':
      return localTimeText(value as Date, timeZone);
    default:
      return String(value);
  }
}

/** 'YYYY-MM-DD HH:mm:ss' in the dealer's time zone. */
export function localTimeText(utc: Date, timeZone: string): string {
  return utcToWallClock(timeZone, utc).toISOString().slice(0, 19).replace('T', ' ');
}

/** The cells of a typed row as text, in the kind's column order. */
export function rowTexts(kind: FeedKind, row: object, timeZone: string): string[] {
  const values = row as Record<string, unknown>;
  return kindDefinition(kind).columns.map((column) => cellTextOf(column, values[column.key], timeZone));
}

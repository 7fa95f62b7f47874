import type { ColumnDefinition } from '../kinds/column.definition';
import { utcToWallClock } from '../validate/local-time';
import { escapeFormula } from './formula-escape';
import { headerText, HeaderStyle } from './row.formatter';

const NUMBER_FORMAT: Partial<Record<ColumnDefinition['type'], string>> = {
  money: '0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

export function xlsxColumns(columns: readonly ColumnDefinition[], headers: HeaderStyle) {
  return columns.map((column) => ({
    header: headerText(column, headers),
    key: column.key,
    width: Math.max(12, column.key.length + 6),
    style: NUMBER_FORMAT[column.type] ? { numFmt: NUMBER_FORMAT[column.type] } : {},
  }));
}

/** A typed value as an Excel cell: numbers, real dates (wall clock), text escaped if asked. */
export function xlsxCell(column: ColumnDefinition, value: unknown, timeZone: string, escape: boolean): unknown {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case 'money':
      return (value as number) / 100; // the double nearest the yuan amount reads back exactly
    case 'yes-no':
      return value ? 'Y' : 'N';
    case 'date':
      return new Date(`${value as string}T00:00:00Z`);
    case 'datetime':
      return utcToWallClock(timeZone, value as Date);
    case 'integer':
      return value;
    default:
      return escape ? escapeFormula(String(value)) : String(value);
  }
}

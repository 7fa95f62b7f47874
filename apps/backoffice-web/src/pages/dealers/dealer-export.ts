import { TFunction } from 'i18next';
import { ExportTable } from '../../export/table-export';
import type { Dealer } from './dealer-api';

/** The columns of an exported dealers list, in order; headers in the UI's language. */
const COLUMNS = ['code', 'name', 'region', 'serviceClass', 'parentDealerCode', 'address', 'hotline', 'timeZone', 'registeredAt'] as const;

/** The dealers as a table to export: every field, one dealer a row, nothing formatted away. */
export function dealersTable(dealers: Dealer[], t: TFunction): ExportTable {
  return {
    sheetName: t('dealers:export.sheet'),
    headers: COLUMNS.map((column) => t(`dealers:fields.${column}`)),
    rows: dealers.map((dealer) => COLUMNS.map((column) => dealer[column] ?? null)),
  };
}

/** dealers-2026-12-01.csv: the day of the export in the name, so several exports do not overwrite each other. */
export function exportFileName(extension: 'csv' | 'xlsx', now = new Date()): string {
  return `dealers-${now.toISOString().slice(0, 10)}.${extension}`;
}

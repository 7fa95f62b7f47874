import { isCalendarDate } from '@aftersales/calendar';
import { isDealerCode, textProblem } from '@aftersales/integration-events';
import { Language, readTable, TableReading, TableSpec, TableUpload } from '@aftersales/table-import';
import { Readable } from 'node:stream';
import { UnitSettings } from '../unit-settings';
import { DELIVERY_COLUMNS, DELIVERY_REASONS, DeliveryProblemCode } from './delivery-columns';

type DeliveryKey = (typeof DELIVERY_COLUMNS)[number]['key'];

/** What a delivery file held: its rows, the problems found while reading, and each field's column letter. */
export type DeliveryReading = TableReading<DeliveryKey, DeliveryProblemCode>;

export const DELIVERY_TABLE: TableSpec<DeliveryKey, DeliveryProblemCode> = {
  columns: DELIVERY_COLUMNS,
  reasons: DELIVERY_REASONS,
  check(key, text) {
    switch (key) {
      case 'dealerCode': return isDealerCode(text) ? undefined : 'dealerCode must be 2-32 upper-case letters, digits or dashes';
      case 'receivedOn': return isCalendarDate(text) ? undefined : 'not-a-date';
      case 'serialNo': case 'model': { const problem = textProblem(text, 64); return problem && `${key} ${problem}`; }
    }
  },
};

export const readDeliveryFile = (file: Readable, limits: { maxBytes: number; maxRows: number }, language: Language): Promise<DeliveryReading> =>
  readTable(file, DELIVERY_TABLE, limits, language);

/** POST /unit-deliveries/imports reads its file as it streams in, at most UNIT_IMPORT_MAX_BYTES and UNIT_IMPORT_MAX_ROWS of it. */
export const DeliveryUpload = TableUpload({
  settings: UnitSettings,
  maxBytes: (settings) => settings.importMaxBytes,
  maxBytesSetting: 'UNIT_IMPORT_MAX_BYTES',
  read: (file, settings, language) => readDeliveryFile(file, { maxBytes: settings.importMaxBytes, maxRows: settings.importMaxRows }, language),
});

import { ServiceInfrastructure } from '@aftersales/service-kit';
import { tableProblem } from '@aftersales/table-import';
import { UnprocessableEntityException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { checkDeliveries, recordDeliveries } from '../deliver-units/deliver-units.handler';
import { UnitSettings } from '../unit-settings';
import { DELIVERY_TABLE, DeliveryReading } from './delivery-file';
import { DeliveryImportResponse } from './import-deliveries.response';

/** Import the deliveries of a CSV or XLSX file, all or nothing. */
export class ImportDeliveries {
  constructor(readonly reading: DeliveryReading) {}
}

/**
 * Takes the rows of the file (read as it streamed in: DeliveryUpload), checks every row as
 * POST /unit-deliveries checks a unit, and records nothing when any row has a problem: every
 * problem is answered at its row and column. Then each unit is recorded; sending the same file
 * again changes nothing, and completes one that failed half-way.
 */
@CommandHandler(ImportDeliveries)
export class ImportDeliveriesHandler implements ICommandHandler<ImportDeliveries, DeliveryImportResponse> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly settings: UnitSettings) {}

  async execute({ reading }: ImportDeliveries): Promise<DeliveryImportResponse> {
    const { rows, columns, language } = reading;
    const problems = [...reading.problems];
    const deliveryId = randomUUID();
    const deliveries = rows.map(({ row: _row, ...delivery }) => ({ ...delivery, deliveryId }));
    for (const refusal of problems.length ? [] : await checkDeliveries(this.infra, deliveries)) {
      const row = rows[refusal.index];
      if (!row) continue;
      const at = { row: row.row, column: columns[refusal.field], field: refusal.field, value: row[refusal.field] };
      const first = refusal.firstIndex === undefined ? undefined : rows[refusal.firstIndex]?.row;
      problems.push(tableProblem(DELIVERY_TABLE, language, refusal.kind, at, { detail: refusal.reason, row: String(first ?? '') }));
    }
    if (problems.length) {
      throw new UnprocessableEntityException({ message: `${problems.length} problem${problems.length === 1 ? '' : 's'}: nothing was imported`, problems });
    }
    const created = await recordDeliveries(this.infra, this.settings, deliveries);
    return { units: rows.map(({ row, serialNo, dealerCode }, i) => ({ row, serialNo, dealerCode, created: created[i] ?? false })) };
  }
}

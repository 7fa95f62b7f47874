import { ImportPriceList, PriceLine } from '@aftersales/parts-logistics-domain';
import { parseYuan } from '@aftersales/money';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { tableProblem } from '@aftersales/table-import';
import { UnprocessableEntityException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { revisePriceList } from '../revise-price-list';
import { RevisionResponse } from '../revision.response';
import { KIND_WORDS, PRICE_TABLE, PriceListReading } from './price-list-file';

/** Replace the price list from a date with the lines of a CSV or XLSX file, all or nothing. */
export class ImportPriceListFile {
  constructor(readonly reading: PriceListReading, readonly effectiveFrom: string, readonly reason?: string) {}
}

/**
 * Takes the rows of the file (read as it streamed in: PriceListUpload), refuses the whole file
 * when any row has a problem (every problem at its row and column, in the caller's language),
 * else records one version: the lines that differ set, the lines the file no longer holds
 * withdrawn. The same file again changes nothing.
 */
@CommandHandler(ImportPriceListFile)
export class ImportPriceListHandler implements ICommandHandler<ImportPriceListFile, RevisionResponse> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  async execute({ reading, effectiveFrom, reason }: ImportPriceListFile): Promise<RevisionResponse> {
    const { rows, columns, language } = reading;
    const problems = [...reading.problems];
    const firstRowOf = new Map<string, number>();
    for (const row of rows) {
      const first = firstRowOf.get(row.code);
      if (first === undefined) { firstRowOf.set(row.code, row.row); continue; }
      problems.push(tableProblem(PRICE_TABLE, language, 'duplicate-code', { row: row.row, column: columns.code, field: 'code', value: row.code }, { row: String(first) }));
    }
    if (problems.length) {
      throw new UnprocessableEntityException({ message: `${problems.length} problem${problems.length === 1 ? '' : 's'}: nothing was imported`, problems });
    }
    const lines: PriceLine[] = rows.map((row) => ({
      code: row.code, kind: KIND_WORDS[row.kind.toLowerCase()] ?? 'part', name: row.name, unitPriceFen: parseYuan(row.unitPriceYuan),
    }));
    return revisePriceList(this.infra, new ImportPriceList(effectiveFrom, lines, reading.fileName, reason));
  }
}

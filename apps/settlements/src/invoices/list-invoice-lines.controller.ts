import { ApiInputProblems, DealerCodeField, QuarterField } from '@aftersales/service-kit';
import { Controller, Get, Param, Query as QueryParams } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Model } from 'mongoose';
import { INVOICE_KINDS, InvoiceKind, InvoiceLine } from './invoice-lines.projection';

export class DealerInvoicesParam {
  @DealerCodeField() dealerCode!: string;
}

export class InvoiceLinesQuery {
  @QuarterField({ optional: true, description: 'Only the lines of this quarter (by shipping day)' }) quarter?: string;
}

export class InvoiceLineResponse {
  @ApiProperty({ enum: INVOICE_KINDS, description: 'parts-excess: in-warranty parts beyond the parts quota; freight: an urgent carrier\'s freight difference' }) kind!: InvoiceKind;
  @ApiProperty({ example: '第三條 3' }) clause!: string;
  @ApiProperty({ example: '2026Q4' }) quarter!: string;
  @ApiProperty({ example: 'REQ-D0001-0001' }) requisitionId!: string;
  @ApiProperty({ example: 'SHIP-REQ-D0001-0001' }) shipmentId!: string;
  @ApiProperty({ example: '2026-11-27' }) shippedOn!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) amountFen!: number;
}

export class InvoiceLinesResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiPropertyOptional({ example: '2026Q4' }) quarter?: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The lines\' total (exact fen)' }) totalFen!: number;
  @ApiProperty({ type: [InvoiceLineResponse], description: 'By shipping day' }) lines!: InvoiceLineResponse[];
}

export class ListInvoiceLines extends Query<InvoiceLinesResponse> {
  constructor(readonly dealerCode: string, readonly quarter?: string) {
    super();
  }
}

@ApiTags('funds')
@Controller('dealers/:dealerCode/invoice-lines')
export class ListInvoiceLinesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'listInvoiceLines', summary: 'What is invoiced to a dealer: parts beyond the parts quota, urgent freight differences' })
  @ApiOkResponse({ type: InvoiceLinesResponse })
  @ApiInputProblems()
  list(@Param() { dealerCode }: DealerInvoicesParam, @QueryParams() { quarter }: InvoiceLinesQuery): Promise<InvoiceLinesResponse> {
    return this.queries.execute(new ListInvoiceLines(dealerCode, quarter));
  }
}

@QueryHandler(ListInvoiceLines)
export class ListInvoiceLinesHandler implements IQueryHandler<ListInvoiceLines, InvoiceLinesResponse> {
  constructor(@InjectModel(InvoiceLine.name) private readonly lines: Model<InvoiceLine>) {}

  async execute({ dealerCode, quarter }: ListInvoiceLines): Promise<InvoiceLinesResponse> {
    const found = await this.lines.find({ dealerCode, ...(quarter ? { quarter } : {}) }).sort({ shippedOn: 1, _id: 1 }).lean<InvoiceLine[]>().exec();
    const lines = found.map(({ kind, clause, quarter: q, requisitionId, shipmentId, shippedOn, amountFen }) => ({ kind, clause, quarter: q, requisitionId, shipmentId, shippedOn, amountFen }));
    return { dealerCode, ...(quarter ? { quarter } : {}), totalFen: lines.reduce((n, l) => n + l.amountFen, 0), lines };
  }
}

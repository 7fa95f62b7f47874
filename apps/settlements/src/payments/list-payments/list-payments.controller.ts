import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInputProblems } from '@aftersales/service-kit';
import { PaymentListResponse } from './payment-list.response';
import { ListPayments } from './list-payments.handler';
import { ListPaymentsQuery } from './list-payments.request';

/** Reads the payments read model (eventually consistent with the records, usually within a second). */
@ApiTags('payments')
@Controller('payments')
export class ListPaymentsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'listPayments', summary: 'Recorded payments (回款), filtered, a page at a time' })
  @ApiOkResponse({ type: PaymentListResponse, description: 'The page and the number of matching payments; newest received first by default' })
  @ApiInputProblems()
  list(@Query() { dealerCode, within, quarter, from, to, skip, limit, sort }: ListPaymentsQuery): Promise<PaymentListResponse> {
    return this.queries.execute(new ListPayments({ dealerCode, within, quarter, from, to }, skip, limit, sort));
  }
}

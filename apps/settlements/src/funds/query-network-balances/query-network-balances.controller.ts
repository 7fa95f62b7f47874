import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInputProblems, QuarterField } from '@aftersales/service-kit';
import { NetworkBalancesResponse } from './network-balances.response';
import { QueryNetworkBalances } from './query-network-balances.handler';

export class NetworkBalancesQuery {
  @QuarterField({ description: 'The quarter' }) quarter!: string;
}

/** Reads the fund-balance read model, whose funds carry their dealer's region. */
@ApiTags('funds')
@Controller('fund-balances')
export class QueryNetworkBalancesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'getNetworkBalances', summary: "The network's repair funds in a quarter, by region" })
  @ApiOkResponse({ type: NetworkBalancesResponse, description: 'Each region with a fund in the quarter, and the totals; no regions before any accrual' })
  @ApiInputProblems()
  balances(@Query() { quarter }: NetworkBalancesQuery): Promise<NetworkBalancesResponse> {
    return this.queries.execute(new QueryNetworkBalances(quarter));
  }
}

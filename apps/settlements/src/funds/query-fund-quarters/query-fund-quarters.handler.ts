import { notFound } from '@aftersales/event-sourcing';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { KnownDealers } from '../../terms/known-dealers';
import { FundBalances } from '../fund-balances';
import { FundQuartersResponse } from './fund-quarters.response';

/** Every quarter of a dealer's repair fund, oldest first (the chart and table of the dealer's fund page). */
export class QueryFundQuarters extends Query<FundQuartersResponse> {
  constructor(readonly dealerCode: string) {
    super();
  }
}

@QueryHandler(QueryFundQuarters)
export class QueryFundQuartersHandler implements IQueryHandler<QueryFundQuarters, FundQuartersResponse> {
  constructor(private readonly dealers: KnownDealers, private readonly balances: FundBalances) {}

  async execute({ dealerCode }: QueryFundQuarters): Promise<FundQuartersResponse> {
    // As GET /funds/{dealerCode}: an unknown dealer is not found, a known one without accruals has no quarters yet.
    if (!(await this.dealers.find(dealerCode))) throw notFound(`dealer ${dealerCode} is not registered`, 'dealerCode');
    const quarters = await this.balances.quartersOf(dealerCode);
    return {
      dealerCode,
      quarters: quarters.map(({ quarter, paymentsFen, accrualFen, chargesFen, carriedInFen, balanceFen, asOf }) => (
        { quarter, paymentsFen, accrualFen, chargesFen, carriedInFen, balanceFen, asOf })),
    };
  }
}

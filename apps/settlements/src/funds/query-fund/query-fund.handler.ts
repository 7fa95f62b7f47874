import { dateIn, quarterOf } from '@aftersales/calendar';
import { notFound } from '@aftersales/event-sourcing';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { KnownDealers } from '../../terms/known-dealers';
import { FundBalances } from '../fund-balances';

/** A dealer's fund in a quarter, in fen; `asOf` is null before any accrual. */
export interface FundView {
  dealerCode: string;
  quarter: string;
  paymentsFen: number;
  accrualFen: number;
  chargesFen: number;
  carriedInFen: number;
  balanceFen: number;
  asOf: string | null;
}

/** The fund of a dealer in a quarter (by default the current quarter in the dealer's time zone). */
export class QueryFund extends Query<FundView> {
  constructor(readonly dealerCode: string, readonly quarter?: string) {
    super();
  }
}

@QueryHandler(QueryFund)
export class QueryFundHandler implements IQueryHandler<QueryFund, FundView> {
  constructor(private readonly dealers: KnownDealers, private readonly balances: FundBalances) {}

  async execute({ dealerCode, quarter }: QueryFund): Promise<FundView> {
    const dealer = await this.dealers.find(dealerCode);
    if (!dealer) throw notFound(`dealer ${dealerCode} is not registered`, 'dealerCode');
    const q = quarter ?? quarterOf(dateIn(new Date(), dealer.timeZone));
    const balance = await this.balances.find(dealerCode, q);
    return {
      dealerCode,
      quarter: q,
      paymentsFen: balance?.paymentsFen ?? 0,
      accrualFen: balance?.accrualFen ?? 0,
      chargesFen: balance?.chargesFen ?? 0,
      carriedInFen: balance?.carriedInFen ?? 0,
      balanceFen: balance?.balanceFen ?? 0,
      asOf: balance?.asOf ?? null,
    };
  }
}

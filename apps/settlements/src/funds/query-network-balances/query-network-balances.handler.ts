import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { KnownDealers } from '../../terms/known-dealers';
import { FundBalances } from '../fund-balances';
import { FundSumsResponse, NetworkBalancesResponse, RegionBalancesResponse } from './network-balances.response';

/** What a fund of a dealer no longer (or not yet) known is counted under. */
export const UNKNOWN_REGION = '(unknown)';

/** The network's repair funds in a quarter, summed by region and in total. */
export class QueryNetworkBalances extends Query<NetworkBalancesResponse> {
  constructor(readonly quarter: string) {
    super();
  }
}

const SUMMED = ['dealers', 'paymentsFen', 'accrualFen', 'chargesFen', 'balanceFen'] as const;
const zero = (): FundSumsResponse => ({ dealers: 0, paymentsFen: 0, accrualFen: 0, chargesFen: 0, balanceFen: 0 });
const add = (into: FundSumsResponse, sums: FundSumsResponse) => SUMMED.forEach((field) => (into[field] += sums[field]));

@QueryHandler(QueryNetworkBalances)
export class QueryNetworkBalancesHandler implements IQueryHandler<QueryNetworkBalances, NetworkBalancesResponse> {
  constructor(private readonly balances: FundBalances, private readonly dealers: KnownDealers) {}

  async execute({ quarter }: QueryNetworkBalances): Promise<NetworkBalancesResponse> {
    const byRegion = new Map<string, RegionBalancesResponse>();
    const addTo = (region: string, sums: FundSumsResponse) => {
      const entry = byRegion.get(region) ?? { region, ...zero() };
      byRegion.set(region, entry);
      add(entry, sums);
    };
    const groups = await this.balances.sumsByRegion(quarter);
    for (const { region, ...sums } of groups) if (region !== null) addTo(region, sums);
    if (groups.some((g) => g.region === null)) await this.placeFundsWithoutRegion(quarter, addTo);
    const regions = [...byRegion.values()].sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
    const totals = zero();
    regions.forEach((r) => add(totals, r));
    return { quarter, regions, totals };
  }

  /**
   * Funds written before their dealer's region reached settlements (or before the balances kept
   * regions: a rebuild of fund-balance fills them in): looked up one by one, a rare path.
   */
  private async placeFundsWithoutRegion(quarter: string, addTo: (region: string, sums: FundSumsResponse) => void) {
    for (const fund of await this.balances.withoutRegion(quarter)) {
      const dealer = await this.dealers.find(fund.dealerCode);
      const { paymentsFen, accrualFen, chargesFen, balanceFen } = fund;
      addTo(dealer?.region ?? UNKNOWN_REGION, { dealers: 1, paymentsFen, accrualFen, chargesFen, balanceFen });
    }
  }
}

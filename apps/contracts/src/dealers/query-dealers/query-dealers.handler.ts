import { notFound } from '@aftersales/event-sourcing';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DealerView } from '../../projection/contracts.projection';
import { DealerDirectory, DealerFilter } from '../../projection/dealer-directory';
import { DealerSort } from './list-dealers.query';

/** A dealer as registered (without the read model's `_id`). */
export type Dealer = Omit<DealerView, '_id'>;

/** Dealers matching a filter, in the order asked (code by default), a page at a time, with how many match. */
export class ListDealers extends Query<{ total: number; items: Dealer[] }> {
  constructor(readonly filter: DealerFilter = {}, readonly sort: DealerSort = 'code', readonly skip = 0, readonly limit = 100) {
    super();
  }
}

/** One dealer by code. */
export class GetDealer extends Query<Dealer> {
  constructor(readonly code: string) {
    super();
  }
}

const withoutId = ({ _id, ...dealer }: DealerView): Dealer => dealer;

@QueryHandler(ListDealers)
export class ListDealersHandler implements IQueryHandler<ListDealers> {
  constructor(private readonly dealers: DealerDirectory) {}

  async execute({ filter, sort, skip, limit }: ListDealers) {
    const { total, items } = await this.dealers.list(filter, { sort, skip, limit });
    return { total, items: items.map(withoutId) };
  }
}

@QueryHandler(GetDealer)
export class GetDealerHandler implements IQueryHandler<GetDealer> {
  constructor(private readonly dealers: DealerDirectory) {}

  async execute({ code }: GetDealer): Promise<Dealer> {
    const dealer = await this.dealers.find(code);
    if (!dealer) throw notFound(`dealer ${code} is not registered`, 'code');
    return withoutId(dealer);
  }
}

import { notFound } from '@aftersales/event-sourcing';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DealerView } from '../../projection/contracts.projection';
import { DealerDirectory } from '../../projection/dealer-directory';

/** A dealer as registered (without the read model's `_id`). */
export type Dealer = Omit<DealerView, '_id'>;

/** Dealers in code order, a page at a time, of one region when given. */
export class ListDealers extends Query<{ total: number; items: Dealer[] }> {
  constructor(readonly region: string | undefined, readonly skip = 0, readonly limit = 100) {
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

  async execute({ region, skip, limit }: ListDealers) {
    const { total, items } = await this.dealers.list({ region, skip, limit });
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

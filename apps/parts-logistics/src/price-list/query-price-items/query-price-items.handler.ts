import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { NotFoundException } from '@nestjs/common';
import { PriceBook, PriceItemFilter } from '../price-book';
import { PricePeriod } from '../price-list.projection';
import { PriceChangeResponse, PriceItemHistoryResponse, PriceItemResponse, PriceItemsResponse } from './price-items.response';

export class ListPriceItems extends Query<PriceItemsResponse> {
  constructor(readonly filter: PriceItemFilter, readonly skip = 0, readonly limit = 50) {
    super();
  }
}

export class GetPriceItemHistory extends Query<PriceItemHistoryResponse> {
  constructor(readonly code: string) {
    super();
  }
}

const toItem = (p: PricePeriod): PriceItemResponse => ({
  code: p.code, kind: p.kind ?? 'part', name: p.name ?? '', unitPriceFen: p.unitPriceFen ?? 0, version: p.version, effectiveFrom: p.effectiveFrom,
  ...(p.effectiveTo ? { effectiveTo: p.effectiveTo } : {}),
});

const toChange = ({ _id: _, code: __, effectiveTo, ...change }: PricePeriod): PriceChangeResponse => ({ ...change, ...(effectiveTo ? { effectiveTo } : {}) });

@QueryHandler(ListPriceItems)
export class ListPriceItemsHandler implements IQueryHandler<ListPriceItems, PriceItemsResponse> {
  constructor(private readonly book: PriceBook) {}

  async execute({ filter, skip, limit }: ListPriceItems): Promise<PriceItemsResponse> {
    const { total, items } = await this.book.itemsOn(filter, { skip, limit });
    return { on: filter.on, total, items: items.map(toItem) };
  }
}

@QueryHandler(GetPriceItemHistory)
export class GetPriceItemHistoryHandler implements IQueryHandler<GetPriceItemHistory, PriceItemHistoryResponse> {
  constructor(private readonly book: PriceBook) {}

  async execute({ code }: GetPriceItemHistory): Promise<PriceItemHistoryResponse> {
    const history = await this.book.historyOf(code);
    if (history.length === 0) throw new NotFoundException({ message: `${code} is not on the price list`, problems: [{ field: 'code', reason: `${code} was never listed` }] });
    return { code, history: history.map(toChange) };
  }
}

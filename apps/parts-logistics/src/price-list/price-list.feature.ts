import { TOPICS } from '@aftersales/integration-events';
import { readModelProvider, ServiceFeature } from '@aftersales/service-kit';
import { ChangePriceLineController, ChangePriceLineHandler } from './change-price-line/change-price-line.controller';
import { ImportPriceListController } from './import-price-list/import-price-list.controller';
import { ImportPriceListHandler } from './import-price-list/import-price-list.handler';
import { PriceListUpload } from './import-price-list/price-list-file';
import { GetPriceVersionHandler, ListPriceVersionsHandler } from './list-price-versions/list-price-versions.handler';
import { ListPriceVersionsController } from './list-price-versions/list-price-versions.controller';
import { MongoosePriceBook, PriceBook } from './price-book';
import { PriceListFeed, PriceListProjection, PriceListVersionView, PriceListVersionViewSchema, PricePeriod, PricePeriodSchema } from './price-list.projection';
import { priceListSettingsProvider } from './price-list.settings';
import { QueryPriceItemsController } from './query-price-items/query-price-items.controller';
import { GetPriceItemHistoryHandler, ListPriceItemsHandler } from './query-price-items/query-price-items.handler';
import { WithdrawPriceLineController, WithdrawPriceLineHandler } from './withdraw-price-line/withdraw-price-line.controller';

/** 維修收費標准: the price list, its versions, imports and line edits, and the prices in force on a day (issue 11 §1). */
export const PRICE_LIST_FEATURE: ServiceFeature = {
  controllers: [
    ImportPriceListController, ChangePriceLineController, WithdrawPriceLineController, QueryPriceItemsController, ListPriceVersionsController,
    PriceListFeed, // Kafka (@EventPattern)
  ],
  providers: [
    priceListSettingsProvider,
    { provide: PriceBook, useClass: MongoosePriceBook },
    readModelProvider(PriceListProjection, {
      topic: TOPICS.parts, models: [PricePeriod.name, PriceListVersionView.name], create: ([periods, versions]) => new PriceListProjection(periods, versions),
    }),
    PriceListUpload, ImportPriceListHandler, ChangePriceLineHandler, WithdrawPriceLineHandler,
    ListPriceItemsHandler, GetPriceItemHistoryHandler, ListPriceVersionsHandler, GetPriceVersionHandler,
  ],
  models: [
    { name: PricePeriod.name, schema: PricePeriodSchema },
    { name: PriceListVersionView.name, schema: PriceListVersionViewSchema },
  ],
};

import { TOPICS } from '@aftersales/integration-events';
import { readModelProvider, ServiceFeature } from '@aftersales/service-kit';
import { ListConflictsController, ListConflictsHandler } from './conflicts/list-conflicts';
import { DeliverUnitsController } from './deliver-units/deliver-units.controller';
import { DeliverUnitsHandler } from './deliver-units/deliver-units.handler';
import { MongooseUnitDirectory, UnitDirectory } from './projection/unit-directory';
import { UnitSalesProjection, UnitSalesReadModelFeed } from './projection/unit-sales.projection';
import {
  RegistrationConflictView, RegistrationConflictViewSchema, UnitSaleView, UnitSaleViewSchema, UnitView, UnitViewSchema,
} from './projection/unit-views';
import { UnitsProjection, UnitsReadModelFeed } from './projection/units.projection';
import { QueryUnitController } from './query-unit/query-unit.controller';
import { GetCoverageHandler, GetUnitHandler } from './query-unit/query-unit.handler';
import { FeedCardsController } from './register-card/feed-cards.controller';
import { RegisterCardController } from './register-card/register-card.controller';
import { RegisterCardHandler } from './register-card/register-card.handler';
import { DealerSalesController, GetSalesHandler } from './sales/dealer-sales';
import { unitSettingsProvider } from './unit-settings';
import { ImportDeliveriesController } from './unit-imports/import-deliveries.controller';
import { ImportDeliveriesHandler } from './unit-imports/import-deliveries.handler';
import { DeliveryUpload } from './unit-imports/delivery-file';

/** Units under warranty: deliveries (API and import), warranty registration from cards (feeds and by hand), coverage, sales and card return rates (issue 10 §2). */
export const UNITS: ServiceFeature = {
  controllers: [
    ImportDeliveriesController, DeliverUnitsController, RegisterCardController, QueryUnitController, ListConflictsController, DealerSalesController,
    UnitsReadModelFeed, UnitSalesReadModelFeed, FeedCardsController, // Kafka (@EventPattern)
  ],
  providers: [
    unitSettingsProvider,
    { provide: UnitDirectory, useClass: MongooseUnitDirectory },
    readModelProvider(UnitsProjection, {
      topic: TOPICS.contracts, models: [UnitView.name, RegistrationConflictView.name], create: ([units, conflicts]) => new UnitsProjection(units, conflicts),
    }),
    readModelProvider(UnitSalesProjection, { topic: TOPICS.feeds, models: [UnitSaleView.name], create: ([sales]) => new UnitSalesProjection(sales) }),
    DeliveryUpload, ImportDeliveriesHandler, DeliverUnitsHandler, RegisterCardHandler, GetUnitHandler, GetCoverageHandler, ListConflictsHandler, GetSalesHandler,
  ],
  models: [
    { name: UnitView.name, schema: UnitViewSchema },
    { name: RegistrationConflictView.name, schema: RegistrationConflictViewSchema },
    { name: UnitSaleView.name, schema: UnitSaleViewSchema },
  ],
};

import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { TOPICS } from '@aftersales/integration-events';
import {
  combineFeatures, InfrastructureLifecycle, JsonLogger, readModelAdmin, readModelProvider, ServiceConfig, serviceConfigModule, ServiceInfrastructure,
  serviceMongo, serviceProbes,
} from '@aftersales/service-kit';
import { Connection } from 'mongoose';
import { QueryAgreementsController } from './agreements/query-agreements/query-agreements.controller';
import { ListAgreementsHandler } from './agreements/query-agreements/query-agreements.handler';
import { SignAgreementController } from './agreements/sign-agreement/sign-agreement.controller';
import { SignAgreementHandler } from './agreements/sign-agreement/sign-agreement.handler';
import { QueryDealersController } from './dealers/query-dealers/query-dealers.controller';
import { GetDealerHandler, ListDealersHandler } from './dealers/query-dealers/query-dealers.handler';
import { RegisterDealerController } from './dealers/register-dealer/register-dealer.controller';
import { RegisterDealerHandler } from './dealers/register-dealer/register-dealer.handler';
import { AgreementVersions, MongooseAgreementVersions } from './projection/agreement-versions';
import { ContractsSettings } from './contracts.settings';
import {
  AgreementView, AgreementViewSchema, ContractsProjection, ContractsReadModelFeed, DealerView, DealerViewSchema,
} from './projection/contracts.projection';
import { DealerDirectory, MongooseDealerDirectory } from './projection/dealer-directory';
import { ReadYourWritesDealerDirectory } from './projection/dealer-directory.read-your-writes';
import { QueryRegionsController } from './regions/query-regions/query-regions.controller';
import { ListRegionsHandler } from './regions/query-regions/query-regions.handler';
import { regionDirectoryProvider } from './regions/region-directory';
import { regionsInDocument } from './dealers/register-dealer/register-dealer.request';
import { ImportDealersController } from './dealer-imports/import-dealers/import-dealers.controller';
import { ImportDealersHandler } from './dealer-imports/import-dealers/import-dealers.handler';
import { WorkbookUpload } from './dealer-imports/import-dealers/workbook-upload.interceptor';
import { ImportTemplateController } from './dealer-imports/import-template/import-template.controller';
import { importLimitsProvider } from './dealer-imports/import-limits';
import { ORGANISATION } from './organisation/organisation.feature';
import { UNITS } from './units/units.feature';

/** The areas beyond dealers and agreements, each with its own list (apps/contracts/src/<area>/<area>.feature.ts). */
const FEATURES = combineFeatures(UNITS, ORGANISATION);

/** The read model's schemas (collections dealer_view, agreement_view). */
export const READ_MODELS = MongooseModule.forFeature([
  { name: DealerView.name, schema: DealerViewSchema },
  { name: AgreementView.name, schema: AgreementViewSchema },
  ...FEATURES.models,
]);

/** Ports of the read model: the query handlers depend on these, not on a database. */
export const PORTS = [
  { provide: DealerDirectory, useClass: MongooseDealerDirectory },
  { provide: AgreementVersions, useClass: MongooseAgreementVersions },
];

const PROJECTION = readModelProvider(ContractsProjection, {
  topic: TOPICS.contracts, models: [DealerView.name, AgreementView.name], create: ([dealers, agreements]) => new ContractsProjection(dealers, agreements),
});

/** Dealers, agreements and their versioned terms; publishes contracts.events.v1. */
@Module({})
export class ContractsModule {
  static register(config: ServiceConfig, logger: JsonLogger): DynamicModule {
    return {
      module: ContractsModule,
      imports: [serviceConfigModule(ContractsSettings), CqrsModule.forRoot(), serviceMongo(config), READ_MODELS, ...serviceProbes.imports],
      controllers: [
        RegisterDealerController, QueryDealersController, QueryRegionsController, SignAgreementController, QueryAgreementsController,
        ImportTemplateController, ImportDealersController, ...serviceProbes.controllers,
        ...readModelAdmin.controllers,
        ContractsReadModelFeed, // Kafka (@EventPattern)
        ...FEATURES.controllers,
      ],
      providers: [
        {
          provide: ServiceInfrastructure,
          inject: [getConnectionToken()],
          useFactory: (connection: Connection) => new ServiceInfrastructure(config, logger, TOPICS.contracts, connection),
        },
        InfrastructureLifecycle,
        ...serviceProbes.providers,
        ...readModelAdmin.providers,
        regionDirectoryProvider,
        regionsInDocument,
        ...PORTS,
        // Listed after PORTS, so it is the DealerDirectory: a dealer just registered is found at
        // once (the Location of POST /dealers), from its stream until the read model has it.
        { provide: DealerDirectory, useClass: ReadYourWritesDealerDirectory },
        PROJECTION,
        RegisterDealerHandler,
        SignAgreementHandler,
        ListDealersHandler,
        GetDealerHandler,
        ListAgreementsHandler,
        ListRegionsHandler,
        importLimitsProvider,
        WorkbookUpload,
        ImportDealersHandler,
        ...FEATURES.providers,
      ],
    };
  }
}

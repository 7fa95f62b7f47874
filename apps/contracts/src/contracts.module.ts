import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TOPICS } from '@aftersales/integration-events';
import {
  HealthController, InfrastructureLifecycle, JsonLogger, PipelineHealthIndicators, project, readModelAdmin, ServiceConfig, serviceConfigModule,
  serviceHealth, ServiceInfrastructure,
} from '@aftersales/service-kit';
import { QueryAgreementsController } from './agreements/query-agreements/query-agreements.controller';
import { SignAgreementController } from './agreements/sign-agreement/sign-agreement.controller';
import { SignAgreementHandler } from './agreements/sign-agreement/sign-agreement.handler';
import { QueryDealersController } from './dealers/query-dealers/query-dealers.controller';
import { RegisterDealerController } from './dealers/register-dealer/register-dealer.controller';
import { RegisterDealerHandler } from './dealers/register-dealer/register-dealer.handler';
import { AGREEMENT_VIEW, ContractsProjection, ContractsReadModelFeed, DEALER_VIEW } from './projection/contracts.projection';
import { QueryRegionsController } from './regions/query-regions/query-regions.controller';
import { ContractsSettings } from './contracts.settings';
import { regionDirectoryProvider } from './regions/region-directory';

export function contractsInfrastructure(config: ServiceConfig, logger: JsonLogger): ServiceInfrastructure {
  const infra = new ServiceInfrastructure(config, logger, TOPICS.contracts);
  project(infra, { topic: TOPICS.contracts, collections: [DEALER_VIEW, AGREEMENT_VIEW], create: (db) => new ContractsProjection(db) });
  return infra;
}

/** Dealers, agreements and their versioned terms; publishes contracts.events.v1. */
@Module({})
export class ContractsModule {
  static register(config: ServiceConfig, logger: JsonLogger): DynamicModule {
    return {
      module: ContractsModule,
      imports: [serviceConfigModule(ContractsSettings), CqrsModule.forRoot(), ...serviceHealth.imports],
      controllers: [
        RegisterDealerController, QueryDealersController, QueryRegionsController, SignAgreementController, QueryAgreementsController, HealthController,
        ...readModelAdmin.controllers,
        ContractsReadModelFeed, // Kafka (@EventPattern)
      ],
      providers: [
        { provide: ServiceInfrastructure, useFactory: () => contractsInfrastructure(config, logger) },
        InfrastructureLifecycle,
        PipelineHealthIndicators,
        ...readModelAdmin.providers,
        regionDirectoryProvider,
        RegisterDealerHandler,
        SignAgreementHandler,
      ],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TOPICS } from '@aftersales/integration-events';
import {
  HealthController, InfrastructureLifecycle, JsonLogger, PipelineHealthIndicators, project, readModelAdmin, ServiceConfig, serviceConfigModule,
  serviceHealth, ServiceInfrastructure,
} from '@aftersales/service-kit';
import { AccrueFundController } from './funds/accrue-fund/accrue-fund.controller';
import { FUND_BALANCES, FundBalanceFeed, FundBalanceProjection } from './funds/fund-balance.projection';
import { ReRateFundController } from './funds/re-rate-fund/re-rate-fund.controller';
import { QueryFundController } from './funds/query-fund/query-fund.controller';
import { RecordPaymentController } from './payments/record-payment/record-payment.controller';
import { paymentLimitsProvider } from './payments/record-payment/payment-limits';
import { RecordPaymentHandler } from './payments/record-payment/record-payment.handler';
import { SettlementsSettings } from './settlements.settings';
import { AGREEMENT_TERMS, DEALERS, TermsFeed, TermsProjection } from './terms/terms.projection';

export function settlementsInfrastructure(config: ServiceConfig, logger: JsonLogger): ServiceInfrastructure {
  const infra = new ServiceInfrastructure(config, logger, TOPICS.settlements);
  project(infra, { topic: TOPICS.contracts, collections: [DEALERS, AGREEMENT_TERMS], create: (db) => new TermsProjection(db) });
  project(infra, { topic: TOPICS.settlements, collections: [FUND_BALANCES], create: (db) => new FundBalanceProjection(db) });
  return infra;
}

/** Payments (回款), the repair fund and its balances; publishes settlements.events.v1. */
@Module({})
export class SettlementsModule {
  static register(config: ServiceConfig, logger: JsonLogger): DynamicModule {
    return {
      module: SettlementsModule,
      imports: [serviceConfigModule(SettlementsSettings), CqrsModule.forRoot(), ...serviceHealth.imports],
      controllers: [
        RecordPaymentController, QueryFundController, HealthController, ...readModelAdmin.controllers,
        // Kafka (@EventPattern) handlers
        AccrueFundController, ReRateFundController, TermsFeed, FundBalanceFeed,
      ],
      providers: [
        { provide: ServiceInfrastructure, useFactory: () => settlementsInfrastructure(config, logger) },
        InfrastructureLifecycle,
        PipelineHealthIndicators,
        ...readModelAdmin.providers,
        paymentLimitsProvider,
        RecordPaymentHandler,
      ],
    };
  }
}

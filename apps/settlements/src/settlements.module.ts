import { DynamicModule, Module, Provider, Type } from '@nestjs/common';
import { Projection } from '@aftersales/event-store-mongo';
import { CqrsModule } from '@nestjs/cqrs';
import { getConnectionToken, getModelToken, MongooseModule } from '@nestjs/mongoose';
import { TOPICS } from '@aftersales/integration-events';
import {
  InfrastructureLifecycle, JsonLogger, project, readModelAdmin, readModelProvider, ServiceConfig, serviceConfigModule, ServiceInfrastructure,
  serviceMongo, serviceProbes,
} from '@aftersales/service-kit';
import { Connection, Model } from 'mongoose';
import { AccrueFundController } from './funds/accrue-fund/accrue-fund.controller';
import { ChargePartsController } from './funds/charge-parts/charge-parts.controller';
import { InvoiceLine, InvoiceLinesFeed, InvoiceLinesProjection, InvoiceLineSchema } from './invoices/invoice-lines.projection';
import { ListInvoiceLinesController, ListInvoiceLinesHandler } from './invoices/list-invoice-lines.controller';
import { FundBalance, FundBalanceFeed, FundBalanceProjection, FundBalanceSchema } from './funds/fund-balance.projection';
import { FundBalances, MongooseFundBalances } from './funds/fund-balances';
import { QueryFundController } from './funds/query-fund/query-fund.controller';
import { QueryFundQuartersController } from './funds/query-fund-quarters/query-fund-quarters.controller';
import { QueryFundQuartersHandler } from './funds/query-fund-quarters/query-fund-quarters.handler';
import { QueryNetworkBalancesController } from './funds/query-network-balances/query-network-balances.controller';
import { QueryNetworkBalancesHandler } from './funds/query-network-balances/query-network-balances.handler';
import { QueryFundHandler } from './funds/query-fund/query-fund.handler';
import { ReRateFundController } from './funds/re-rate-fund/re-rate-fund.controller';
import { ListPaymentsController } from './payments/list-payments/list-payments.controller';
import { ListPaymentsHandler } from './payments/list-payments/list-payments.handler';
import { MongoosePaymentLedger, PaymentLedger } from './payments/payment-ledger';
import { PaymentEntry, PaymentEntrySchema, PaymentsFeed, PaymentsProjection } from './payments/payments.projection';
import { paymentLimitsProvider } from './payments/record-payment/payment-limits';
import { RecordPaymentController } from './payments/record-payment/record-payment.controller';
import { RecordPaymentHandler } from './payments/record-payment/record-payment.handler';
import { paymentLimitInDocument } from './payments/record-payment/record-payment.request';
import { SettlementsSettings } from './settlements.settings';
import { KnownDealers, MongooseKnownDealers } from './terms/known-dealers';
import { MongooseTermsInForce, TermsInForce } from './terms/terms-in-force';
import { AgreementTerms, AgreementTermsSchema, KnownDealer, KnownDealerSchema, TermsFeed, TermsProjection } from './terms/terms.projection';

/** The read models' schemas (collections fund_balances, payments, dealers, agreement_terms, invoice_lines). */
export const READ_MODELS = MongooseModule.forFeature([
  { name: FundBalance.name, schema: FundBalanceSchema },
  { name: PaymentEntry.name, schema: PaymentEntrySchema },
  { name: KnownDealer.name, schema: KnownDealerSchema },
  { name: AgreementTerms.name, schema: AgreementTermsSchema },
  { name: InvoiceLine.name, schema: InvoiceLineSchema },
]);

/** Ports of the read models: command handlers, Kafka handlers and query handlers depend on these, not on a database. */
export const PORTS = [
  { provide: KnownDealers, useClass: MongooseKnownDealers },
  { provide: TermsInForce, useClass: MongooseTermsInForce },
  { provide: FundBalances, useClass: MongooseFundBalances },
  { provide: PaymentLedger, useClass: MongoosePaymentLedger },
];

/**
 * A read model of settlements' own events that also reads the dealers (their regions and parents):
 * a rebuild replaces what it writes and reads the live dealers.
 */
function readingDealers<T, P extends Projection>(token: Type<P>, writes: string, create: (model: Model<T>, dealers: Model<KnownDealer>) => P): Provider {
  return {
    provide: token,
    inject: [ServiceInfrastructure, getModelToken(writes), getModelToken(KnownDealer.name)],
    useFactory: (infra: ServiceInfrastructure, model: Model<T>, dealers: Model<KnownDealer>) => project(infra, {
      topic: TOPICS.settlements, models: [model], create: ([fresh]) => create(fresh as Model<T>, dealers),
    }),
  };
}

/** The projections, registered as read models (indexes at start, rebuilds, live feeds by name). */
const PROJECTIONS = [
  readModelProvider(TermsProjection, {
    topic: TOPICS.contracts, models: [KnownDealer.name, AgreementTerms.name], create: ([dealers, terms]) => new TermsProjection(dealers, terms),
  }),
  readingDealers(FundBalanceProjection, FundBalance.name, (balances: Model<FundBalance>, dealers) => new FundBalanceProjection(balances, dealers)),
  readingDealers(PaymentsProjection, PaymentEntry.name, (payments: Model<PaymentEntry>, dealers) => new PaymentsProjection(payments, dealers)),
  readModelProvider(InvoiceLinesProjection, { topic: TOPICS.settlements, models: [InvoiceLine.name], create: ([lines]) => new InvoiceLinesProjection(lines) }),
];

/** Payments (回款), the repair fund and its balances; publishes settlements.events.v1. */
@Module({})
export class SettlementsModule {
  static register(config: ServiceConfig, logger: JsonLogger): DynamicModule {
    return {
      module: SettlementsModule,
      imports: [serviceConfigModule(SettlementsSettings), CqrsModule.forRoot(), serviceMongo(config), READ_MODELS, ...serviceProbes.imports],
      controllers: [
        RecordPaymentController, ListPaymentsController, ListInvoiceLinesController, QueryFundController, QueryFundQuartersController, QueryNetworkBalancesController, ...serviceProbes.controllers, ...readModelAdmin.controllers,
        // Kafka (@EventPattern) handlers
        AccrueFundController, ReRateFundController, ChargePartsController, TermsFeed, FundBalanceFeed, PaymentsFeed, InvoiceLinesFeed,
      ],
      providers: [
        {
          provide: ServiceInfrastructure,
          inject: [getConnectionToken()],
          useFactory: (connection: Connection) => new ServiceInfrastructure(config, logger, TOPICS.settlements, connection),
        },
        InfrastructureLifecycle,
        ...serviceProbes.providers,
        ...readModelAdmin.providers,
        paymentLimitsProvider,
        ...PORTS,
        ...PROJECTIONS,
        paymentLimitInDocument,
        RecordPaymentHandler,
        ListPaymentsHandler,
        QueryFundHandler,
        QueryFundQuartersHandler,
        QueryNetworkBalancesHandler,
        ListInvoiceLinesHandler,
      ],
    };
  }
}

import { TOPICS } from '@aftersales/integration-events';
import { project, readModelProvider, ServiceFeature, ServiceInfrastructure } from '@aftersales/service-kit';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { DealerNetwork, MongooseDealerNetwork } from '../network/dealer-network';
import { NetworkFeed, NetworkProjection, PartsDealer, PartsDealerSchema, PartsTerms, PartsTermsSchema } from '../network/network.projection';
import { CheckReplacementsController, CheckReplacementsHandler } from './check-replacements/check-replacements.controller';
import { ConfirmReceiptController, ConfirmReceiptHandler } from './confirm-receipt/confirm-receipt.controller';
import { ListRequisitionsController, ListRequisitionsHandler } from './list-requisitions/list-requisitions.controller';
import { GetRequisitionHandler, QueryRequisitionController } from './query-requisition/query-requisition.controller';
import { RecordRequisitionPaymentController, RecordRequisitionPaymentHandler } from './record-payment/record-payment.controller';
import { RequisitionFactsLookup } from './requisition-facts';
import { RequisitionsFeed, RequisitionsProjection, RequisitionView, RequisitionViewSchema } from './requisitions.projection';
import { ReviewRequisitionController, ReviewRequisitionHandler } from './review-requisition/review-requisition.controller';
import { ShipPartsController, ShipPartsHandler } from './ship-parts/ship-parts.controller';
import { SubmitRequisitionController, SubmitRequisitionHandler } from './submit-requisition/submit-requisition.controller';

/** 維修配件備料單: requisitions, their review, payment or check, shipments and receipts (issue 11 §1), and the dealers and terms they need. */
export const REQUISITIONS_FEATURE: ServiceFeature = {
  controllers: [
    SubmitRequisitionController, ListRequisitionsController, QueryRequisitionController, ReviewRequisitionController, RecordRequisitionPaymentController,
    CheckReplacementsController, ShipPartsController, ConfirmReceiptController,
    NetworkFeed, RequisitionsFeed, // Kafka (@EventPattern)
  ],
  providers: [
    { provide: DealerNetwork, useClass: MongooseDealerNetwork },
    RequisitionFactsLookup,
    readModelProvider(NetworkProjection, { topic: TOPICS.contracts, models: [PartsDealer.name, PartsTerms.name], create: ([dealers, terms]) => new NetworkProjection(dealers, terms) }),
    {
      // It writes the requisitions and only reads the dealers (their parents): a rebuild replaces the requisitions alone.
      provide: RequisitionsProjection,
      inject: [ServiceInfrastructure, getModelToken(RequisitionView.name), getModelToken(PartsDealer.name)],
      useFactory: (infra: ServiceInfrastructure, views: Model<RequisitionView>, dealers: Model<PartsDealer>) => project(infra, {
        topic: TOPICS.parts, models: [views], create: ([fresh]) => new RequisitionsProjection(fresh as Model<RequisitionView>, dealers),
      }),
    },
    SubmitRequisitionHandler, ReviewRequisitionHandler, RecordRequisitionPaymentHandler, CheckReplacementsHandler, ShipPartsHandler, ConfirmReceiptHandler,
    GetRequisitionHandler, ListRequisitionsHandler,
  ],
  models: [
    { name: PartsDealer.name, schema: PartsDealerSchema },
    { name: PartsTerms.name, schema: PartsTermsSchema },
    { name: RequisitionView.name, schema: RequisitionViewSchema },
  ],
};

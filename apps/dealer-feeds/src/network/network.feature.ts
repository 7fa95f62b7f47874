import { TOPICS } from '@aftersales/integration-events';
import { readModelProvider, ServiceFeature } from '@aftersales/service-kit';
import { FeedMatrixController } from './feed-matrix/feed-matrix.controller';
import { QueryFeedMatrixHandler } from './feed-matrix/feed-matrix.handler';
import { FeedNetwork } from './feed-network.port';
import { MongooseFeedNetwork } from './mongoose-feed-network';
import { networkOptionsProvider } from './network.settings';
import {
  CatalogEntry, CatalogEntrySchema, NetworkAgreement, NetworkAgreementSchema, NetworkCertificate, NetworkCertificateSchema, NetworkDealer,
  NetworkDealerSchema,
} from './read-models/network.schemas';
import { NetworkFeed, NetworkProjection } from './read-models/network.projection';
import { FeedCell, FeedCellSchema, FeedMatrixFeed, FeedMatrixProjection } from './read-models/feed-matrix.projection';
import { Clock, SystemClock } from './overdue/clock';
import { OverdueChecksController } from './overdue/overdue-checks.controller';
import { OverdueScheduler } from './overdue/overdue-scheduler';
import { RepairRecord, RepairRecordSchema, RepairRecordsFeed, RepairRecordsProjection } from './read-models/repair-records.projection';

/** What dealer-feeds knows of the network from contracts.events.v1 (dealers, agreements, technicians, certificates, catalog): the readers' lookups, due dates, the overdue scheduler and the submissions matrix (issue 10 §1, §3). */
export const NETWORK: ServiceFeature = {
  controllers: [
    FeedMatrixController, OverdueChecksController,
    // Kafka (@EventPattern) handlers
    NetworkFeed, RepairRecordsFeed, FeedMatrixFeed,
  ],
  providers: [
    networkOptionsProvider,
    { provide: FeedNetwork, useClass: MongooseFeedNetwork },
    { provide: Clock, useClass: SystemClock },
    OverdueScheduler,
    QueryFeedMatrixHandler,
    readModelProvider(NetworkProjection, {
      topic: TOPICS.contracts,
      models: [NetworkDealer.name, NetworkAgreement.name, NetworkCertificate.name, CatalogEntry.name],
      create: ([dealers, agreements, certificates, catalog]) => new NetworkProjection(dealers, agreements, certificates, catalog),
    }),
    readModelProvider(RepairRecordsProjection, {
      topic: TOPICS.feeds, models: [RepairRecord.name], create: ([records]) => new RepairRecordsProjection(records),
    }),
    readModelProvider(FeedMatrixProjection, {
      topic: TOPICS.feeds, models: [FeedCell.name], create: ([cells]) => new FeedMatrixProjection(cells),
    }),
  ],
  models: [
    { name: NetworkDealer.name, schema: NetworkDealerSchema },
    { name: NetworkAgreement.name, schema: NetworkAgreementSchema },
    { name: NetworkCertificate.name, schema: NetworkCertificateSchema },
    { name: CatalogEntry.name, schema: CatalogEntrySchema },
    { name: RepairRecord.name, schema: RepairRecordSchema },
    { name: FeedCell.name, schema: FeedCellSchema },
  ],
};

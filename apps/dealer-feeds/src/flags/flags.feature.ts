import { TOPICS } from '@aftersales/integration-events';
import { readModelProvider, ServiceFeature } from '@aftersales/service-kit';
import { DismissFlagController } from './dismiss-flag/dismiss-flag.controller';
import { DismissFlagHandler } from './dismiss-flag/dismiss-flag.handler';
import { FeedRowFactsProjection } from './facts/feed-row-facts.projection';
import { FlagDealer, FlagDealerSchema, FlagFeedRow, FlagFeedRowSchema, FlagUnit, FlagUnitSchema } from './facts/flag-facts.schemas';
import { UnitFactsProjection } from './facts/unit-facts.projection';
import { FlagEvaluator } from './evaluation/flag-evaluator';
import { FlagFactsFeed } from './evaluation/flag-facts.feeds';
import { FeedFlags, MongooseFeedFlags } from './feed-flags';
import { FeedFlag, FeedFlagSchema, FeedFlagsFeed, FeedFlagsProjection } from './feed-flags.projection';
import { GetFlagController } from './get-flag/get-flag.controller';
import { ListFlagsController } from './list-flags/list-flags.controller';
import { ListFlagsHandler } from './list-flags/list-flags.handler';

/**
 * Cross-feed consistency flags with their rule and evidence, and their dismissal (issue 10 §4,
 * docs/feeds.md "Cross-feed flags"). Read models: the facts the rules read (flag_units,
 * flag_dealers from contracts; flag_feed_rows from the feeds) and the flags (feed_flags).
 */
export const FLAGS: ServiceFeature = {
  controllers: [
    ListFlagsController, GetFlagController, DismissFlagController,
    // Kafka (@EventPattern) handlers
    FlagFactsFeed, FeedFlagsFeed,
  ],
  providers: [
    readModelProvider(UnitFactsProjection, {
      topic: TOPICS.contracts, models: [FlagUnit.name, FlagDealer.name], create: ([units, dealers]) => new UnitFactsProjection(units, dealers),
    }),
    readModelProvider(FeedRowFactsProjection, { topic: TOPICS.feeds, models: [FlagFeedRow.name], create: ([rows]) => new FeedRowFactsProjection(rows) }),
    readModelProvider(FeedFlagsProjection, { topic: TOPICS.feeds, models: [FeedFlag.name], create: ([flags]) => new FeedFlagsProjection(flags) }),
    { provide: FeedFlags, useClass: MongooseFeedFlags },
    FlagEvaluator, ListFlagsHandler, DismissFlagHandler,
  ],
  models: [
    { name: FlagFeedRow.name, schema: FlagFeedRowSchema },
    { name: FlagUnit.name, schema: FlagUnitSchema },
    { name: FlagDealer.name, schema: FlagDealerSchema },
    { name: FeedFlag.name, schema: FeedFlagSchema },
  ],
};

import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { EventEnvelope, FeedsEvents, FLAG_RULES, FlagEvidenceV1, FlagRule, isEventOf, TOPICS } from '@aftersales/integration-events';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { AnyBulkWriteOperation } from 'mongodb';
import { Model } from 'mongoose';

export const FLAG_STATUSES = ['open', 'cleared', 'dismissed'] as const;
export type FlagStatusName = (typeof FLAG_STATUSES)[number];

/** One entry of a flag's history: each event, when it was recorded and by whom. */
export interface FlagHistoryEntry {
  eventId: string;
  event: 'raised' | 'cleared' | 'dismissed';
  at: string;
  by: string;
  reason?: string;
  evidence?: FlagEvidenceV1[];
}

/** A flag as the list and the detail show it, `_id` its flagId: the latest evidence and the whole history. */
@Schema({ collection: 'feed_flags', versionKey: false })
export class FeedFlag {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String, required: true }) period!: string;
  @Prop({ type: String, required: true, enum: FLAG_RULES }) rule!: FlagRule;
  @Prop({ type: String, required: true }) subject!: string;
  @Prop({ type: String, required: true, enum: FLAG_STATUSES }) status!: FlagStatusName;
  @Prop({ type: [Object], required: true }) evidence!: FlagEvidenceV1[];
  @Prop({ type: String, required: true }) raisedAt!: string;
  @Prop({ type: String, required: true }) updatedAt!: string;
  @Prop({ type: [Object], required: true }) history!: FlagHistoryEntry[];
}
export const FeedFlagSchema = SchemaFactory.createForClass(FeedFlag);
FeedFlagSchema.index({ dealerCode: 1, period: -1 });
FeedFlagSchema.index({ period: -1, raisedAt: -1 });

/**
 * The flags, from their FlagRaised, FlagCleared and FlagDismissed: each event is pushed to its
 * flag's history once (guarded by its eventId), so redelivery and a rebuild give the same document.
 */
export class FeedFlagsProjection implements Projection {
  readonly name = 'feed-flags';
  readonly handles = new Set<string>([FeedsEvents.FlagRaised.type, FeedsEvents.FlagCleared.type, FeedsEvents.FlagDismissed.type]);

  constructor(private readonly flags: Model<FeedFlag>) {}

  async ensureIndexes(): Promise<void> {
    await this.flags.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    // One flag's events in order, one at a time: each is guarded by the history it finds.
    for (const event of events) {
      const op = statementOf(event);
      if (op) await bulkWriteInChunks(driverCollection(this.flags), [op], { tolerateDuplicateKeys: true });
    }
  }
}

function statementOf(event: EventEnvelope): AnyBulkWriteOperation<FeedFlag> | undefined {
  const entry = { eventId: event.eventId, at: event.recordedAt, by: event.metadata.actor };
  if (isEventOf(FeedsEvents.FlagRaised, event)) {
    const { flagId, evidence, ...flag } = event.data;
    return { updateOne: {
      filter: { _id: flagId, 'history.eventId': { $ne: event.eventId } },
      update: { $set: { ...flag, status: 'open', evidence, updatedAt: event.recordedAt }, $setOnInsert: { raisedAt: event.recordedAt },
        $push: { history: { ...entry, event: 'raised', evidence } } },
      upsert: true,
    } };
  }
  if (isEventOf(FeedsEvents.FlagCleared, event)) return change(event.data.flagId, 'cleared', { ...entry, event: 'cleared' });
  if (isEventOf(FeedsEvents.FlagDismissed, event)) {
    return change(event.data.flagId, 'dismissed', { ...entry, event: 'dismissed', by: event.data.dismissedBy, reason: event.data.reason });
  }
  return undefined;
}

function change(flagId: string, status: FlagStatusName, entry: FlagHistoryEntry): AnyBulkWriteOperation<FeedFlag> {
  return { updateOne: {
    filter: { _id: flagId, 'history.eventId': { $ne: entry.eventId } },
    update: { $set: { status, updatedAt: entry.at }, $push: { history: entry } },
  } };
}

/** The flag list's live feed: dealer-feeds' own events in the consumer group `dealer-feeds.feed-flags`. */
@Controller()
export class FeedFlagsFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.feeds, group: 'dealer-feeds.feed-flags' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('feed-flags', events);
  }
}

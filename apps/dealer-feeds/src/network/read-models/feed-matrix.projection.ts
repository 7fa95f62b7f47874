import { Projection } from '@aftersales/event-store-mongo';
import { EventEnvelope, FeedOverdueV1, FeedsEvents, SubmissionAcceptedV1, SubmissionRejectedV1, TOPICS } from '@aftersales/integration-events';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { AnyBulkWriteOperation } from 'mongodb';
import { Connection, Model } from 'mongoose';

export const FEED_MATRIX = 'feed_matrix';

/** One dealer × period × kind of the submissions matrix, `_id` `<dealer>|<period>|<kind>`; a cell nothing happened to has no document. */
@Schema({ collection: FEED_MATRIX, versionKey: false })
export class FeedCell {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String, required: true }) period!: string;
  @Prop({ type: String, required: true }) kind!: string;
  /** The newest accepted version. */
  @Prop({ type: Number }) version?: number;
  /** Whether the first accepted version came after the due date (a later correction does not make a feed late). */
  @Prop({ type: Boolean }) late?: boolean;
  @Prop({ type: String }) dueDate?: string;
  /** The rejected attempts' submission ids. */
  @Prop({ type: [String] }) rejections?: string[];
  /** The day the scheduler recorded it overdue. */
  @Prop({ type: String }) overdueOn?: string;
}
export const FeedCellSchema = SchemaFactory.createForClass(FeedCell);
FeedCellSchema.index({ dealerCode: 1, period: 1 });
FeedCellSchema.index({ period: 1 });

/**
 * The submissions matrix from feeds.events.v1: accepted versions, rejected attempts, overdue
 * deadlines. Each write is a maximum, a set member or a field set to what the event says, so
 * redelivery and replay leave the same cells.
 */
export class FeedMatrixProjection implements Projection {
  readonly name = 'feed-matrix';
  readonly handles = new Set<string>([FeedsEvents.SubmissionAccepted.type, FeedsEvents.SubmissionRejected.type, FeedsEvents.FeedOverdue.type]);

  constructor(private readonly cells: Model<FeedCell>) {}

  static on(connection: Connection): FeedMatrixProjection {
    return new FeedMatrixProjection(connection.model<FeedCell>(FeedCell.name, FeedCellSchema));
  }

  async ensureIndexes() {
    await this.cells.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const writes: AnyBulkWriteOperation<FeedCell>[] = [];
    for (const event of events) {
      const cell = event.data as unknown as { dealerCode: string; period: string; kind: string };
      const where = { dealerCode: cell.dealerCode, period: cell.period, kind: cell.kind };
      const update = this.update(event);
      if (update) writes.push({ updateOne: { filter: { _id: `${cell.dealerCode}|${cell.period}|${cell.kind}` }, update: { ...update, $setOnInsert: where }, upsert: true } });
    }
    await bulkWriteInChunks(driverCollection(this.cells), writes, { tolerateDuplicateKeys: true });
  }

  private update(event: EventEnvelope): Record<string, object> | undefined {
    switch (event.type) {
      case FeedsEvents.SubmissionAccepted.type: {
        const a = event.data as unknown as SubmissionAcceptedV1;
        return a.version === 1 ? { $max: { version: a.version }, $set: { late: a.late, dueDate: a.dueDate } } : { $max: { version: a.version } };
      }
      case FeedsEvents.SubmissionRejected.type:
        return { $addToSet: { rejections: (event.data as unknown as SubmissionRejectedV1).submissionId } };
      case FeedsEvents.FeedOverdue.type: {
        const o = event.data as unknown as FeedOverdueV1;
        return { $set: { overdueOn: o.recordedOn, dueDate: o.dueDate } };
      }
      default:
        return undefined;
    }
  }
}

/** The live feed: the service's own events in the consumer group `dealer-feeds.feed-matrix`. */
@Controller()
export class FeedMatrixFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.feeds, group: 'dealer-feeds.feed-matrix' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('feed-matrix', events);
  }
}

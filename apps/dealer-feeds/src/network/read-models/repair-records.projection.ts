import { Projection } from '@aftersales/event-store-mongo';
import { EventEnvelope, FeedRowsChangedV1, FeedsEvents, TOPICS } from '@aftersales/integration-events';
import { driverCollection, Upsert, upsertMany } from '@aftersales/mongo';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Connection, Model } from 'mongoose';

export const REPAIR_RECORDS = 'network_repair_records';

/** A repair record number in a dealer's accepted repairs feed, `_id` `<dealer>|<period>|<record_no>`: what a parts row must name. */
@Schema({ collection: REPAIR_RECORDS, versionKey: false })
export class RepairRecord {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String, required: true }) recordNo!: string;
}
export const RepairRecordSchema = SchemaFactory.createForClass(RepairRecord);
RepairRecordSchema.index({ dealerCode: 1, recordNo: 1 });

/**
 * The record numbers of each dealer's accepted repairs feeds (feeds.FeedRowsChanged of kind
 * repairs): recorded and corrected rows add theirs, withdrawn rows remove it. Within a batch only
 * a record's last change is written; each write states the result, so redelivery changes nothing.
 */
export class RepairRecordsProjection implements Projection {
  readonly name = 'repair-records';
  readonly handles = new Set<string>([FeedsEvents.FeedRowsChanged.type]);

  constructor(private readonly records: Model<RepairRecord>) {}

  static on(connection: Connection): RepairRecordsProjection {
    return new RepairRecordsProjection(connection.model<RepairRecord>(RepairRecord.name, RepairRecordSchema));
  }

  async ensureIndexes() {
    await this.records.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const last = new Map<string, Upsert<RepairRecord>>();
    for (const event of events) {
      const data = event.data as unknown as FeedRowsChangedV1;
      if (data.kind !== 'repairs') continue;
      for (const { change, key } of data.changes) {
        const _id = `${data.dealerCode}|${data.period}|${key}`;
        const record = { _id, dealerCode: data.dealerCode, recordNo: key };
        last.set(_id, change === 'withdrawn'
          ? { _id, op: { deleteOne: { filter: { _id } } } }
          : { _id, document: record, op: { replaceOne: { filter: { _id }, replacement: record, upsert: true } } });
      }
    }
    await upsertMany(driverCollection(this.records), [...last.values()], { tolerateDuplicateKeys: true });
  }
}

/** The live feed: the service's own events in the consumer group `dealer-feeds.repair-records`. */
@Controller()
export class RepairRecordsFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.feeds, group: 'dealer-feeds.repair-records' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('repair-records', events);
  }
}

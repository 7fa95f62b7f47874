import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { EventEnvelope, isEventOf, TOPICS, UnitEvents } from '@aftersales/integration-events';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AnyBulkWriteOperation } from 'mongodb';
import { Connection, Model } from 'mongoose';
import { RegistrationConflictView, RegistrationConflictViewSchema, UnitView, UnitViewSchema } from './unit-views';

const { UnitDelivered, UnitRegistered, RegistrationConflictFlagged } = UnitEvents;

/** Units and their registration conflicts, from contracts' own unit events. Every write sets by key, so a redelivered event changes nothing. */
export class UnitsProjection implements Projection {
  readonly name = 'units';
  readonly handles = new Set<string>([UnitDelivered.type, UnitRegistered.type, RegistrationConflictFlagged.type]);

  constructor(private readonly units: Model<UnitView>, private readonly conflicts: Model<RegistrationConflictView>) {}

  static on(connection: Connection): UnitsProjection {
    return new UnitsProjection(connection.model<UnitView>(UnitView.name, UnitViewSchema),
      connection.model<RegistrationConflictView>(RegistrationConflictView.name, RegistrationConflictViewSchema));
  }

  async ensureIndexes() {
    await this.units.createIndexes();
    await this.conflicts.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const units: AnyBulkWriteOperation<UnitView>[] = [];
    const conflicts: AnyBulkWriteOperation<RegistrationConflictView>[] = [];
    for (const event of events) {
      if (isEventOf(UnitDelivered, event)) {
        const { serialNo, ...delivery } = event.data;
        units.push({ updateOne: { filter: { _id: serialNo }, update: { $set: { model: delivery.model, delivery }, $addToSet: { dealers: delivery.dealerCode } }, upsert: true } });
      } else if (isEventOf(UnitRegistered, event)) {
        const { serialNo, ...registration } = event.data;
        const dealers = [registration.dealerCode, ...(registration.subDealerCode ? [registration.subDealerCode] : [])];
        units.push({ updateOne: {
          filter: { _id: serialNo },
          update: { $set: { registration, saleMonth: registration.saleDate.slice(0, 7) }, $setOnInsert: { model: registration.model }, $addToSet: { dealers: { $each: dealers } } },
          upsert: true,
        } });
      } else if (isEventOf(RegistrationConflictFlagged, event)) {
        const _id = `${event.data.serialNo}|${event.data.dealerCode}|${event.data.cardNo}`;
        conflicts.push({ replaceOne: { filter: { _id }, replacement: { ...event.data, flaggedAt: event.occurredAt }, upsert: true } });
      }
    }
    await bulkWriteInChunks(driverCollection(this.units), units);
    await bulkWriteInChunks(driverCollection(this.conflicts), conflicts);
  }
}

/** The units' live feed: contracts' events in the consumer group `contracts.units`. */
@Controller()
export class UnitsReadModelFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.contracts, group: 'contracts.units' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('units', events);
  }
}

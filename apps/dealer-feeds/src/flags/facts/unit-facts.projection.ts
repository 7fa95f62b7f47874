import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { ContractsEvents, EventEnvelope, isEventOf, UnitEvents } from '@aftersales/integration-events';
import { Model } from 'mongoose';
import { AnyBulkWriteOperation } from 'mongodb';
import { FlagDealer, FlagUnit } from './flag-facts.schemas';

/**
 * What the flags need of contracts.events.v1: dealers' parents, deliveries and registrations of
 * serials. Each statement is guarded so that an event applied twice writes nothing new: a rebuild
 * from the topic gives the same documents.
 */
export class UnitFactsProjection implements Projection {
  readonly name = 'flag-units';
  readonly handles = new Set<string>([ContractsEvents.DealerRegistered.type, UnitEvents.UnitDelivered.type, UnitEvents.UnitRegistered.type]);

  constructor(readonly units: Model<FlagUnit>, readonly dealers: Model<FlagDealer>) {}

  async ensureIndexes(): Promise<void> {
    await Promise.all([this.units.createIndexes(), this.dealers.createIndexes()]);
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const units: AnyBulkWriteOperation<FlagUnit>[] = [];
    // One statement per serial's delivery: the batch's last (statements of one bulk run in any order).
    const deliveries = new Map<string, { dealerCode: string; receivedOn: string }>();
    const dealers: AnyBulkWriteOperation<FlagDealer>[] = [];
    for (const event of events) {
      if (isEventOf(ContractsEvents.DealerRegistered, event)) {
        const { code, parentDealerCode } = event.data;
        dealers.push({ replaceOne: { filter: { _id: code }, replacement: { parentDealerCode }, upsert: true } });
      } else if (isEventOf(UnitEvents.UnitDelivered, event)) {
        const { serialNo, dealerCode, receivedOn } = event.data;
        // The latest delivery of a serial is its delivery (a unit is shipped once; a correction re-records it).
        deliveries.set(serialNo, { dealerCode, receivedOn });
      } else if (isEventOf(UnitEvents.UnitRegistered, event)) {
        const { serialNo, cardNo, dealerCode, saleDate, source } = event.data;
        const notYet = { _id: serialNo, 'registrations.cardNo': { $ne: cardNo } };
        units.push({ updateOne: { filter: notYet, update: { $push: { registrations: { cardNo, dealerCode, saleDate, source } } }, upsert: true } });
      }
    }
    for (const [serialNo, delivery] of deliveries) {
      units.push({ updateOne: { filter: { _id: serialNo }, update: { $set: { delivery } }, upsert: true } });
    }
    // A registration already there makes its upsert a duplicate key: nothing new to write.
    await bulkWriteInChunks(driverCollection(this.units), units, { tolerateDuplicateKeys: true });
    await bulkWriteInChunks(driverCollection(this.dealers), dealers, { tolerateDuplicateKeys: true });
  }
}

import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { EventEnvelope, FeedsEvents, isEventOf, TOPICS } from '@aftersales/integration-events';
import { isCalendarDate } from '@aftersales/calendar';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AnyBulkWriteOperation } from 'mongodb';
import { Connection, Model } from 'mongoose';
import { UnitSaleView, UnitSaleViewSchema } from './unit-views';

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * Units sold, from the dealers' `sales` feeds (feeds.events.v1 FeedRowsChanged of kind sales):
 * a recorded or corrected row is the sale of its serial by the feed's dealer, a withdrawn one
 * removes it. Keyed by dealer and serial (the kind's natural key), so redelivery changes nothing.
 * A row without a serial or a real sale date (the feeds service never accepts one) is left out.
 */
export class UnitSalesProjection implements Projection {
  readonly name = 'unit-sales';
  readonly handles = new Set<string>([FeedsEvents.FeedRowsChanged.type]);

  constructor(private readonly sales: Model<UnitSaleView>) {}

  static on(connection: Connection): UnitSalesProjection {
    return new UnitSalesProjection(connection.model<UnitSaleView>(UnitSaleView.name, UnitSaleViewSchema));
  }

  async ensureIndexes() {
    await this.sales.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const writes: AnyBulkWriteOperation<UnitSaleView>[] = [];
    for (const event of events) {
      if (!isEventOf(FeedsEvents.FeedRowsChanged, event) || event.data.kind !== 'sales') continue;
      const { dealerCode } = event.data;
      for (const { change, key, row } of event.data.changes) {
        const _id = `${dealerCode}|${key}`;
        if (change === 'withdrawn') { writes.push({ deleteOne: { filter: { _id } } }); continue; }
        const serialNo = text(row?.['serial_no']) ?? key;
        const saleDate = row?.['sale_date'];
        if (!isCalendarDate(saleDate)) continue;
        const subDealerCode = text(row?.['sub_dealer_code']);
        const model = text(row?.['model']);
        const doc = { dealerCode, serialNo, saleDate, saleMonth: saleDate.slice(0, 7), ...(subDealerCode ? { subDealerCode } : {}), ...(model ? { model } : {}) };
        writes.push({ replaceOne: { filter: { _id }, replacement: doc, upsert: true } });
      }
    }
    await bulkWriteInChunks(driverCollection(this.sales), writes);
  }
}

/** The sales' live feed: feeds.events.v1 in the consumer group `contracts.unit-sales`. */
@Controller()
export class UnitSalesReadModelFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.feeds, group: 'contracts.unit-sales' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('unit-sales', events);
  }
}

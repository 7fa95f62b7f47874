import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { EventEnvelope, FundChargedForPartsV1, SettlementsEvents, TOPICS } from '@aftersales/integration-events';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { AnyBulkWriteOperation } from 'mongodb';
import { Model } from 'mongoose';

export const INVOICE_KINDS = ['parts-excess', 'freight'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/**
 * One line invoiced to a dealer: the part of a shipment's in-warranty parts beyond the parts
 * quota (第三條 3), or an urgent carrier's freight difference (第四條). `_id`
 * `<dealerCode>|<requisitionId>|<shipmentId>|<kind>`: written once per charge, whatever the redeliveries.
 */
@Schema({ collection: 'invoice_lines', versionKey: false })
export class InvoiceLine {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String, required: true }) quarter!: string;
  @Prop({ type: String, required: true, enum: INVOICE_KINDS }) kind!: InvoiceKind;
  @Prop({ type: String, required: true }) clause!: string;
  @Prop({ type: String, required: true }) requisitionId!: string;
  @Prop({ type: String, required: true }) shipmentId!: string;
  @Prop({ type: String, required: true }) shippedOn!: string;
  @Prop({ type: Number, required: true }) amountFen!: number;
  @Prop({ type: String, required: true }) recordedAt!: string;
}
export const InvoiceLineSchema = SchemaFactory.createForClass(InvoiceLine);
InvoiceLineSchema.index({ dealerCode: 1, quarter: 1, shippedOn: 1 });

const CLAUSES: Record<InvoiceKind, string> = { 'parts-excess': '第三條 3', freight: '第四條' };

/** The dealers' invoice lines, from settlements.FundChargedForParts (replaced whole: idempotent). */
export class InvoiceLinesProjection implements Projection {
  readonly name = 'invoice-lines';
  readonly handles = new Set<string>([SettlementsEvents.FundChargedForParts.type]);

  constructor(private readonly lines: Model<InvoiceLine>) {}

  async ensureIndexes(): Promise<void> {
    await this.lines.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const ops: AnyBulkWriteOperation<InvoiceLine>[] = events.flatMap((event) => {
      const c = event.data as unknown as FundChargedForPartsV1;
      const amounts: [InvoiceKind, number][] = [['parts-excess', c.excessInvoicedFen], ['freight', c.freightInvoicedFen]];
      return amounts.filter(([, amountFen]) => amountFen > 0).map(([kind, amountFen]) => ({
        replaceOne: {
          filter: { _id: `${c.dealerCode}|${c.requisitionId}|${c.shipmentId}|${kind}` },
          replacement: { dealerCode: c.dealerCode, quarter: c.quarter, kind, clause: CLAUSES[kind], requisitionId: c.requisitionId, shipmentId: c.shipmentId,
            shippedOn: c.shippedOn, amountFen, recordedAt: event.recordedAt },
          upsert: true,
        },
      }));
    });
    await bulkWriteInChunks(driverCollection(this.lines), ops, { tolerateDuplicateKeys: true });
  }
}

/** The invoice lines' live feed: settlements' own events in the consumer group `settlements.invoice-lines`. */
@Controller()
export class InvoiceLinesFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.settlements, group: 'settlements.invoice-lines' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('invoice-lines', events);
  }
}

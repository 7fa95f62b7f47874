import { Projection } from '@aftersales/event-store-mongo';
import { EventEnvelope, PartsEvents, TOPICS } from '@aftersales/integration-events';
import { RequisitionState, requisitionDecider } from '@aftersales/parts-logistics-domain';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';
import { PartsDealer } from '../network/network.projection';
import { requisitionEvents } from './requisition-events.mapping';
import { requisitionResponse } from './requisition.response';

/** One requisition as the queues list it; `_id` `{dealerCode}/{requisitionId}`; `state` its events folded, at stream `version`. */
@Schema({ collection: 'requisitions', versionKey: false })
export class RequisitionView {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) requisitionId!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String }) parentDealerCode?: string;
  @Prop({ type: Number, required: true }) version!: number;
  @Prop({ type: mongoose.Schema.Types.Mixed, required: true }) state!: RequisitionState;
  @Prop({ type: String, required: true }) status!: string;
  @Prop({ type: String, required: true }) urgency!: string;
  @Prop({ type: String, required: true }) submittedOn!: string;
  @Prop({ type: Number, required: true }) lineCount!: number;
  @Prop({ type: String }) shipBy?: string;
  /** Approved units not shipped yet: with shipBy passed, the requisition is overdue. */
  @Prop({ type: Number, required: true }) openUnits!: number;
  @Prop({ type: Boolean, required: true }) awaitingPayment!: boolean;
  @Prop({ type: Boolean, required: true }) awaitingCheck!: boolean;
  @Prop({ type: String, required: true }) updatedAt!: string;
}
export const RequisitionViewSchema = SchemaFactory.createForClass(RequisitionView);
RequisitionViewSchema.index({ dealerCode: 1, submittedOn: -1 });
RequisitionViewSchema.index({ parentDealerCode: 1, submittedOn: -1 });
RequisitionViewSchema.index({ status: 1, submittedOn: -1 });
RequisitionViewSchema.index({ shipBy: 1, openUnits: 1 });

const TYPES = [PartsEvents.RequisitionSubmitted, PartsEvents.RequisitionReviewed, PartsEvents.RequisitionPaid, PartsEvents.ReplacementsChecked,
  PartsEvents.PartsShipped, PartsEvents.ShipmentReceived].map((d) => d.type);

/**
 * The requisitions list, from parts-logistics' own requisition events: each document holds its
 * requisition's events folded up to the stream version it has seen, so an event seen again (a
 * redelivery) changes nothing, and a rebuild writes the same documents.
 */
export class RequisitionsProjection implements Projection {
  readonly name = 'requisitions';
  readonly handles = new Set<string>(TYPES);

  /** `dealers` is only read, for the parents of sub-dealers. */
  constructor(private readonly views: Model<RequisitionView>, private readonly dealers: Model<PartsDealer>) {}

  async ensureIndexes(): Promise<void> {
    await this.views.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const ids = [...new Set(events.map((e) => e.streamId.replace(/^requisition-/, '')))];
    const existing = await this.views.find({ _id: mongoose.trusted({ $in: ids }) }).lean<RequisitionView[]>().exec();
    const docs = new Map(existing.map((d) => [d._id, d]));
    const changed = new Map<string, RequisitionView>();
    for (const event of events) {
      const id = event.streamId.replace(/^requisition-/, '');
      const before = changed.get(id) ?? docs.get(id);
      if (before && event.version <= before.version) continue;
      const state = requisitionDecider.evolve(before?.state ?? requisitionDecider.initialState(), requisitionEvents.fromPublished(event));
      changed.set(id, await this.viewOf(id, event, state, before));
    }
    for (const view of changed.values()) await this.views.replaceOne({ _id: view._id }, view, { upsert: true }).exec();
  }

  private async viewOf(id: string, event: EventEnvelope, state: RequisitionState, before?: RequisitionView): Promise<RequisitionView> {
    const r = requisitionResponse(state);
    const parent = before ? before.parentDealerCode : (await this.dealers.findById(r.dealerCode, { parentDealerCode: 1 }).lean<PartsDealer>().exec())?.parentDealerCode;
    const openUnits = r.lines.reduce((n, l) => n + (l.approvedQuantity ?? 0) - l.shippedQuantity, 0);
    return {
      _id: id, requisitionId: r.requisitionId, dealerCode: r.dealerCode, ...(parent ? { parentDealerCode: parent } : {}), version: event.version, state, status: r.status, urgency: r.urgency,
      submittedOn: r.submittedOn, lineCount: r.lines.length, ...(r.shipBy ? { shipBy: r.shipBy } : {}), openUnits, awaitingPayment: r.awaitingPayment, awaitingCheck: r.awaitingCheck,
      updatedAt: event.recordedAt,
    };
  }
}

/** The requisitions list's live feed: parts-logistics' own events in the consumer group `parts-logistics.requisitions`. */
@Controller()
export class RequisitionsFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.parts, group: 'parts-logistics.requisitions' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('requisitions', events);
  }
}

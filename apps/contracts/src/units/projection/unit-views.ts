import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import { RegistrationConflictFlaggedV1, UnitDeliveredV1, UnitRegisteredV1 } from '@aftersales/integration-events';

export const UNIT_VIEW = 'unit_view';
export const REGISTRATION_CONFLICT_VIEW = 'registration_conflict_view';
export const UNIT_SALE_VIEW = 'unit_sale_view';

/** A unit as the queries answer it, `_id` its serial. */
@Schema({ collection: UNIT_VIEW, versionKey: false })
export class UnitView {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) model!: string;
  @Prop({ type: MongooseSchema.Types.Mixed }) delivery?: Omit<UnitDeliveredV1, 'serialNo'>;
  @Prop({ type: MongooseSchema.Types.Mixed }) registration?: Omit<UnitRegisteredV1, 'serialNo'>;
  /** The registration's sale month (`YYYY-MM`), for the card counts of GET /dealers/{code}/sales. */
  @Prop({ type: String }) saleMonth?: string;
  /** Every dealer it was delivered to or carded by (a sub-dealer named on the card too): whom `within` lets see it. */
  @Prop({ type: [String], default: [] }) dealers!: string[];
}
export const UnitViewSchema = SchemaFactory.createForClass(UnitView);
UnitViewSchema.index({ 'registration.dealerCode': 1, saleMonth: 1 });
UnitViewSchema.index({ 'registration.subDealerCode': 1, saleMonth: 1 });

/** A second card flagged for review, `_id` `<serial>|<dealer>|<cardNo>`. */
@Schema({ collection: REGISTRATION_CONFLICT_VIEW, versionKey: false })
export class RegistrationConflictView implements RegistrationConflictFlaggedV1 {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) serialNo!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String, required: true }) conflict!: RegistrationConflictFlaggedV1['conflict'];
  @Prop({ type: String, required: true }) cardNo!: string;
  @Prop({ type: String, required: true }) registeredCardNo!: string;
  @Prop({ type: String, required: true }) registeredDealerCode!: string;
  @Prop({ type: String, required: true }) saleDate!: string;
  @Prop({ type: String, required: true }) flaggedAt!: string;
}
export const RegistrationConflictViewSchema = SchemaFactory.createForClass(RegistrationConflictView);
RegistrationConflictViewSchema.index({ flaggedAt: -1, _id: 1 });
RegistrationConflictViewSchema.index({ serialNo: 1 });

/** A unit sold, as a dealer's `sales` feed reports it, `_id` `<dealer>|<serial>` (the feed's natural key per dealer). */
@Schema({ collection: UNIT_SALE_VIEW, versionKey: false })
export class UnitSaleView {
  @Prop({ type: String, required: true }) _id!: string;
  /** The dealer whose feed reported it. */
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String }) subDealerCode?: string;
  @Prop({ type: String, required: true }) serialNo!: string;
  @Prop({ type: String }) model?: string;
  @Prop({ type: String, required: true }) saleDate!: string;
  @Prop({ type: String, required: true }) saleMonth!: string;
}
export const UnitSaleViewSchema = SchemaFactory.createForClass(UnitSaleView);
UnitSaleViewSchema.index({ dealerCode: 1, saleMonth: 1 });
UnitSaleViewSchema.index({ subDealerCode: 1, saleMonth: 1 });

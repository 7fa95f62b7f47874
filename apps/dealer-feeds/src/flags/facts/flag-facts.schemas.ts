import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * The rules' view of one feed row, `_id` `<dealer>|<period>|<kind>|<key>`: the latest version of
 * its submission that named it. A withdrawn row stays (withdrawn: true), so the flags it raised
 * are found and looked at again.
 */
@Schema({ collection: 'flag_feed_rows', versionKey: false })
export class FlagFeedRow {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String, required: true }) period!: string;
  @Prop({ type: String, required: true }) kind!: 'repairs' | 'parts' | 'sales' | 'warranty-cards';
  @Prop({ type: String, required: true }) key!: string;
  @Prop({ type: String, required: true }) submissionId!: string;
  @Prop({ type: Number, required: true }) version!: number;
  @Prop({ type: String }) serialNo?: string;
  @Prop({ type: String }) recordNo?: string;
  @Prop({ type: String }) saleDate?: string;
  @Prop({ type: Boolean, required: true }) withdrawn!: boolean;
}
export const FlagFeedRowSchema = SchemaFactory.createForClass(FlagFeedRow);
FlagFeedRowSchema.index({ serialNo: 1 });
// Record numbers are read by recordNo alone (FlagEvaluator): on FerretDB (SQLite) a compound index that starts
// with dealerCode serves only the dealer's part of the filter, a scan of all its rows per read.
FlagFeedRowSchema.index({ recordNo: 1 });

/** What contracts said of a serial, `_id` the serial: its delivery and its registrations (one per card number). */
@Schema({ collection: 'flag_units', versionKey: false })
export class FlagUnit {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: Object }) delivery?: { dealerCode: string; receivedOn: string };
  @Prop({ type: [Object], default: undefined }) registrations?: { cardNo: string; dealerCode: string; saleDate: string; source: 'feed' | 'manual' }[];
}
export const FlagUnitSchema = SchemaFactory.createForClass(FlagUnit);

/** A registered dealer and its parent (a sub-dealer, 分銷商): card-for-other-dealers-unit lets a family card its units. */
@Schema({ collection: 'flag_dealers', versionKey: false })
export class FlagDealer {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String }) parentDealerCode?: string;
}
export const FlagDealerSchema = SchemaFactory.createForClass(FlagDealer);

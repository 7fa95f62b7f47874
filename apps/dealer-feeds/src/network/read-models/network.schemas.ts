import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** The read models dealer-feeds keeps of contracts.events.v1 (docs/feeds.md "Due dates, overdue and the matrix"). */
export const NETWORK_DEALERS = 'network_dealers';
export const NETWORK_AGREEMENTS = 'network_agreements';
export const NETWORK_CERTIFICATES = 'network_certificates';
export const NETWORK_CATALOG = 'network_catalog';

/** A dealer as the feeds need it: its region, parent and time zone (its files' times and due dates are that zone's). */
@Schema({ collection: NETWORK_DEALERS, versionKey: false })
export class NetworkDealer {
  /** The dealer code. */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) name!: string;
  @Prop({ type: String, required: true }) region!: string;
  @Prop({ type: String }) parentDealerCode?: string;
  @Prop({ type: String, required: true }) timeZone!: string;
}
export const NetworkDealerSchema = SchemaFactory.createForClass(NetworkDealer);
NetworkDealerSchema.index({ region: 1 });
NetworkDealerSchema.index({ parentDealerCode: 1 });

/** One agreement version's validity and reporting terms, `_id` `<dealerCode>#<agreementVersion>`. */
@Schema({ collection: NETWORK_AGREEMENTS, versionKey: false })
export class NetworkAgreement {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: Number, required: true }) agreementVersion!: number;
  @Prop({ type: String, required: true }) validFrom!: string;
  @Prop({ type: String, required: true }) validTo!: string;
  /** reporting.feedDueDay: the day of the next month a period's feeds are due. */
  @Prop({ type: Number, required: true }) feedDueDay!: number;
  /** The agreement's working calendar's zone (service levels); due dates use the dealer's own zone. */
  @Prop({ type: String, required: true }) calendarTimeZone!: string;
}
export const NetworkAgreementSchema = SchemaFactory.createForClass(NetworkAgreement);
NetworkAgreementSchema.index({ dealerCode: 1, agreementVersion: 1 });

/** A technician's certificate (維修員證), `_id` its number: the repairs feed's technician_id. Valid issuedOn..expiresOn inclusive, until revokedOn. */
@Schema({ collection: NETWORK_CERTIFICATES, versionKey: false })
export class NetworkCertificate {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String, required: true }) technicianId!: string;
  @Prop({ type: String, required: true }) issuedOn!: string;
  @Prop({ type: String, required: true }) expiresOn!: string;
  /** From this date on the certificate is no longer valid. */
  @Prop({ type: String }) revokedOn?: string;
}
export const NetworkCertificateSchema = SchemaFactory.createForClass(NetworkCertificate);
NetworkCertificateSchema.index({ dealerCode: 1 });

/** The manufacturer's catalog: a model or a part, `_id` `model:<model>` or `part:<partNo>`. */
@Schema({ collection: NETWORK_CATALOG, versionKey: false })
export class CatalogEntry {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true, enum: ['model', 'part'] }) entry!: 'model' | 'part';
  @Prop({ type: String, required: true }) code!: string;
}
export const CatalogEntrySchema = SchemaFactory.createForClass(CatalogEntry);
CatalogEntrySchema.index({ entry: 1 });

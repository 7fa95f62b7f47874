import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export const ORGANISATION_CHANGE_KINDS = ['organisation', 'technician-joined', 'technician-left'] as const;
export type OrganisationChangeKind = (typeof ORGANISATION_CHANGE_KINDS)[number];

/** One notified change of a dealer's organisation or technicians, `_id` the event's id. */
@Schema({ collection: 'organisation_changes', versionKey: false })
export class OrganisationChangeView {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String, required: true, enum: ORGANISATION_CHANGE_KINDS }) kind!: OrganisationChangeKind;
  /** Its place in the dealer's organisation stream: the order the changes were notified in. */
  @Prop({ type: Number, required: true }) version!: number;
  @Prop({ type: String, required: true }) effectiveOn!: string;
  @Prop({ type: String, required: true }) notifiedOn!: string;
  @Prop({ type: Boolean, required: true }) late!: boolean;
  @Prop({ type: String }) address?: string;
  @Prop({ type: String }) hotline?: string;
  @Prop({ type: String }) serviceManager?: string;
  @Prop({ type: String }) technicianId?: string;
  @Prop({ type: String }) name?: string;
  @Prop({ type: String, required: true }) recordedAt!: string;
  @Prop({ type: String, required: true }) actor!: string;
}
export const OrganisationChangeViewSchema = SchemaFactory.createForClass(OrganisationChangeView);
OrganisationChangeViewSchema.index({ dealerCode: 1, version: 1 });

/** A certificate (維修員證), `_id` its number; issue and revocation write separate fields, in any order. */
@Schema({ collection: 'certificates', versionKey: false })
export class CertificateView {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String }) dealerCode?: string;
  @Prop({ type: String }) technicianId?: string;
  @Prop({ type: String }) certificateNo?: string;
  @Prop({ type: String }) issuedOn?: string;
  @Prop({ type: String }) expiresOn?: string;
  @Prop({ type: String }) trainingSessionId?: string;
  @Prop({ type: String }) revokedOn?: string;
  @Prop({ type: String }) revocationReason?: string;
}
export const CertificateViewSchema = SchemaFactory.createForClass(CertificateView);
CertificateViewSchema.index({ dealerCode: 1, technicianId: 1 });

/** A training session, `_id` its id. */
@Schema({ collection: 'training_sessions', versionKey: false })
export class TrainingSessionView {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) trainingSessionId!: string;
  @Prop({ type: String, required: true }) title!: string;
  @Prop({ type: String, required: true }) startsOn!: string;
  @Prop({ type: Number, required: true }) days!: number;
}
export const TrainingSessionViewSchema = SchemaFactory.createForClass(TrainingSessionView);
TrainingSessionViewSchema.index({ startsOn: -1, _id: 1 });

/** A dealer's booking of a session, `_id` `<trainingSessionId>#<dealerCode>` (a dealer books a session once). */
@Schema({ collection: 'training_bookings', versionKey: false })
export class TrainingBookingView {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) trainingSessionId!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String, required: true }) startsOn!: string;
  @Prop({ type: Number, required: true }) places!: number;
  @Prop({ type: Number, required: true }) freePlaces!: number;
  @Prop({ type: Number, required: true }) chargeablePlaces!: number;
  @Prop({ type: String }) operation?: string;
  @Prop({ type: Number, required: true }) feePerPlaceFen!: number;
  @Prop({ type: Number, required: true }) chargeFen!: number;
  @Prop({ type: Number, required: true }) agreementVersion!: number;
  @Prop({ type: String, required: true }) bookedAt!: string;
}
export const TrainingBookingViewSchema = SchemaFactory.createForClass(TrainingBookingView);
TrainingBookingViewSchema.index({ trainingSessionId: 1, dealerCode: 1 });

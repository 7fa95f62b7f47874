import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate, IsDealerCode } from '../domain-rules.validator';
import { NestedList } from '../nested.validator';
import { defineEvent } from '../registry';
import { IsText } from '../text.validator';

/** An id a client gives (a requisition, a shipment, a payment reference): letters, digits and . _ : / - (1 to 100). */
export const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$/;
export const CLIENT_ID_RULE = 'letters, digits and . _ : / - (1 to 100, starting with a letter or digit)';
const ID = { message: ({ property }: { property: string }) => `${property} may hold ${CLIENT_ID_RULE}` };
const PART_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
export const CARRIERS = ['standard', 'ems', 'rail-express', 'air'] as const;
export const SUPPLIES = ['sale', 'warranty'] as const;
export const PURPOSES = ['stock', 'repair'] as const;
/** The most lines one requisition may hold. */
export const REQUISITION_MAX_LINES = 200;
const MAX_QUANTITY = 10_000;
const FEN = { message: ({ property }: { property: string }) => `${property} must be an integer number of fen` };

export class RequestedLineV1 {
  @IsInt() @Min(1) @Max(REQUISITION_MAX_LINES) lineNo!: number;
  @Matches(PART_CODE) code!: string;
  @IsText(200) name!: string;
  @IsInt() @Min(1) @Max(MAX_QUANTITY) quantity!: number;
  @IsIn(PURPOSES) purpose!: (typeof PURPOSES)[number];
  @IsOptional() @IsText(64) repairRecordNo?: string;
  @IsIn(SUPPLIES) supply!: (typeof SUPPLIES)[number];
  @IsInt(FEN) @Min(0) @Max(Number.MAX_SAFE_INTEGER) unitPriceFen!: number;
}

/** 維修配件備料單 submitted by a dealer; each line quoted at the price list in force on submittedOn. */
export class RequisitionSubmittedV1 {
  @Matches(CLIENT_ID, ID) requisitionId!: string;
  @IsDealerCode() dealerCode!: string;
  @IsIn(['monthly', 'urgent']) urgency!: 'monthly' | 'urgent';
  @IsIn(CARRIERS) carrier!: (typeof CARRIERS)[number];
  @IsCalendarDate() submittedOn!: string;
  @IsOptional() @IsText(500) note?: string;
  @NestedList(() => RequestedLineV1, REQUISITION_MAX_LINES) @ArrayMinSize(1) lines!: RequestedLineV1[];
}

export class LineDecisionV1 {
  @IsInt() @Min(1) @Max(REQUISITION_MAX_LINES) lineNo!: number;
  @IsInt() @Min(0) @Max(MAX_QUANTITY) approvedQuantity!: number;
  @IsOptional() @IsText(500) reason?: string;
}

/** The parts clerk's decision on every line; approved lines ship by shipBy (the agreement's shippingDays). */
export class RequisitionReviewedV1 {
  @IsCalendarDate() reviewedOn!: string;
  @IsCalendarDate() shipBy!: string;
  @NestedList(() => LineDecisionV1, REQUISITION_MAX_LINES) decisions!: LineDecisionV1[];
  @IsInt(FEN) @Min(0) @Max(Number.MAX_SAFE_INTEGER) saleDueFen!: number;
}

/** A payment for the sale lines (款到發貨). */
export class RequisitionPaidV1 {
  @Matches(CLIENT_ID, ID) paymentRef!: string;
  @IsInt(FEN) @Min(1) @Max(Number.MAX_SAFE_INTEGER) amountFen!: number;
  @IsCalendarDate() receivedOn!: string;
}

/** The check of the dealer's replacement list and waybill for its in-warranty replacements, told to the dealer. */
export class ReplacementsCheckedV1 {
  @IsCalendarDate() checkedOn!: string;
  @IsBoolean() passed!: boolean;
  @IsOptional() @IsText(100) waybillNo?: string;
  @IsText(500) note!: string;
}

export class ShippedLineV1 {
  @IsInt() @Min(1) @Max(REQUISITION_MAX_LINES) lineNo!: number;
  @Matches(PART_CODE) code!: string;
  @IsInt() @Min(1) @Max(MAX_QUANTITY) quantity!: number;
  @IsIn(SUPPLIES) supply!: (typeof SUPPLIES)[number];
  @IsInt(FEN) @Min(0) @Max(Number.MAX_SAFE_INTEGER) unitPriceFen!: number;
  @IsInt(FEN) @Min(0) @Max(Number.MAX_SAFE_INTEGER) amountFen!: number;
}

/** Parts issued to the dealer, priced by the price list in force on shippedOn: what settlements charges (parts quota) and invoices. */
export class PartsShippedV1 {
  @Matches(CLIENT_ID, ID) requisitionId!: string;
  @Matches(CLIENT_ID, ID) shipmentId!: string;
  @IsIn(CARRIERS) carrier!: (typeof CARRIERS)[number];
  @IsText(100) waybillNo!: string;
  @IsCalendarDate() shippedOn!: string;
  @NestedList(() => ShippedLineV1, REQUISITION_MAX_LINES) @ArrayMinSize(1) @ArrayMaxSize(REQUISITION_MAX_LINES) lines!: ShippedLineV1[];
  /** Urgent requisitions: the carrier's freight difference, invoiced to the dealer. */
  @IsInt(FEN) @Min(0) @Max(Number.MAX_SAFE_INTEGER) freightDifferenceFen!: number;
  @IsBoolean() late!: boolean;
}

export class ShipmentReceivedV1 {
  @Matches(CLIENT_ID, ID) shipmentId!: string;
  @IsCalendarDate() receivedOn!: string;
}

export const RequisitionEvents = {
  RequisitionSubmitted: defineEvent('parts.RequisitionSubmitted', 1, RequisitionSubmittedV1),
  RequisitionReviewed: defineEvent('parts.RequisitionReviewed', 1, RequisitionReviewedV1),
  RequisitionPaid: defineEvent('parts.RequisitionPaid', 1, RequisitionPaidV1),
  ReplacementsChecked: defineEvent('parts.ReplacementsChecked', 1, ReplacementsCheckedV1),
  PartsShipped: defineEvent('parts.PartsShipped', 1, PartsShippedV1),
  ShipmentReceived: defineEvent('parts.ShipmentReceived', 1, ShipmentReceivedV1),
} as const;

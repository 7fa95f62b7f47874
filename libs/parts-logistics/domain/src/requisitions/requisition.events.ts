/** 維修配件備料單: a monthly request, or an urgent one sent by a faster carrier at the dealer's cost. */
export type Urgency = 'monthly' | 'urgent';
/** The carriers of an urgent requisition; `standard` is the normal carrier of a monthly one. */
export const URGENT_CARRIERS = ['ems', 'rail-express', 'air'] as const;
export type Carrier = 'standard' | (typeof URGENT_CARRIERS)[number];
/** Why the dealer wants the part: its stock, or the repair of a record of its repairs feed. */
export type Purpose = 'stock' | 'repair';
/**
 * How the part is supplied: `sale`, bought by the dealer (款到發貨: shipped once paid), or
 * `warranty`, an in-warranty replacement for a repair (shipped once the replacement list and
 * waybill are checked; charged to the repair fund within the parts quota by settlements).
 */
export type Supply = 'sale' | 'warranty';

export interface RequestedLine {
  lineNo: number;
  code: string;
  name: string;
  quantity: number;
  purpose: Purpose;
  repairRecordNo?: string;
  supply: Supply;
  /** The price in force on the submission day: what a sale is quoted at. */
  unitPriceFen: number;
}

export interface RequisitionSubmittedData {
  requisitionId: string;
  dealerCode: string;
  urgency: Urgency;
  carrier: Carrier;
  submittedOn: string;
  note?: string;
  lines: RequestedLine[];
}

/** A line's decision: approved whole, in part (with the reason), or refused (0, with the reason). */
export interface LineDecision { lineNo: number; approvedQuantity: number; reason?: string }

export interface RequisitionReviewedData {
  reviewedOn: string;
  /** Approved lines ship by this day (the review day + the agreement's shippingDays); later is overdue. */
  shipBy: string;
  decisions: LineDecision[];
  /** What the dealer pays before its sale lines ship: approved quantity × quoted price, exact. */
  saleDueFen: number;
}

export interface RequisitionPaidData { paymentRef: string; amountFen: number; receivedOn: string }

/** The check of an in-warranty replacement: the dealer's replacement list (its parts feed) and waybill. */
export interface ReplacementsCheckedData { checkedOn: string; passed: boolean; waybillNo?: string; note: string }

export interface ShippedLine { lineNo: number; code: string; quantity: number; supply: Supply; unitPriceFen: number; amountFen: number }

export interface PartsShippedData {
  requisitionId: string;
  shipmentId: string;
  carrier: Carrier;
  waybillNo: string;
  shippedOn: string;
  /** Priced by the price list in force on shippedOn. */
  lines: ShippedLine[];
  /** Urgent: the carrier's freight difference over the normal one (the price list's freight line on shippedOn), charged to the dealer. */
  freightDifferenceFen: number;
  /** Shipped after shipBy. */
  late: boolean;
}

export interface ShipmentReceivedData { shipmentId: string; receivedOn: string }

export type RequisitionEvent =
  | { type: 'RequisitionSubmitted'; data: RequisitionSubmittedData }
  | { type: 'RequisitionReviewed'; data: RequisitionReviewedData }
  | { type: 'RequisitionPaid'; data: RequisitionPaidData }
  | { type: 'ReplacementsChecked'; data: ReplacementsCheckedData }
  | { type: 'PartsShipped'; data: PartsShippedData }
  | { type: 'ShipmentReceived'; data: ShipmentReceivedData };

/**
 * A requisition's id is the dealer's own (two dealers may both send REQ-0001): its stream is the
 * dealer's, `requisition-D0001/REQ-0001` (a dealer code holds no `/`, so the two never blur).
 */
export const requisitionStreamId = (dealerCode: string, requisitionId: string) => `requisition-${dealerCode}/${requisitionId}`;

/** The price-list code of a carrier's freight difference: FREIGHT-EMS, FREIGHT-RAIL-EXPRESS, FREIGHT-AIR. */
export const freightCode = (carrier: Carrier) => `FREIGHT-${carrier.toUpperCase()}`;

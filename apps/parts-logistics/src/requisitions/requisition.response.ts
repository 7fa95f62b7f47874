import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CARRIERS, PURPOSES, SUPPLIES } from '@aftersales/integration-events';
import { approvedOf, paidFen, receivedOnOf, replacementsPassed, RequisitionState, salePaid, shippedOf, statusOf } from '@aftersales/parts-logistics-domain';

const STATUSES = ['submitted', 'refused', 'approved', 'partly-shipped', 'shipped'] as const;

export class RequisitionLineResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) lineNo!: number;
  @ApiProperty({ example: 'P-HEAD-630' }) code!: string;
  @ApiProperty({ example: '列印頭 PR-630K/730K' }) name!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) quantity!: number;
  @ApiProperty({ enum: PURPOSES }) purpose!: (typeof PURPOSES)[number];
  @ApiPropertyOptional({ example: 'R-2026-0815' }) repairRecordNo?: string;
  @ApiProperty({ enum: SUPPLIES, description: 'sale: paid before it ships (款到發貨); warranty: an in-warranty replacement, shipped after the check' }) supply!: (typeof SUPPLIES)[number];
  @ApiProperty({ type: 'integer', description: 'The price in force on the submission day (fen)' }) unitPriceFen!: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'After the review' }) approvedQuantity?: number;
  @ApiPropertyOptional({ description: 'Why less than asked was approved' }) reason?: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) shippedQuantity!: number;
}

export class RequisitionPaymentResponse {
  @ApiProperty() paymentRef!: string;
  @ApiProperty({ type: 'integer' }) amountFen!: number;
  @ApiProperty({ example: '2026-11-26' }) receivedOn!: string;
}

export class ReplacementCheckResponse {
  @ApiProperty({ example: '2026-11-26' }) checkedOn!: string;
  @ApiProperty() passed!: boolean;
  @ApiPropertyOptional() waybillNo?: string;
  @ApiProperty() note!: string;
}

export class ShippedLineResponse {
  @ApiProperty({ type: 'integer' }) lineNo!: number;
  @ApiProperty() code!: string;
  @ApiProperty({ type: 'integer' }) quantity!: number;
  @ApiProperty({ enum: SUPPLIES }) supply!: (typeof SUPPLIES)[number];
  @ApiProperty({ type: 'integer', description: 'The price in force on the shipping day (fen)' }) unitPriceFen!: number;
  @ApiProperty({ type: 'integer' }) amountFen!: number;
}

export class ShipmentResponse {
  @ApiProperty() shipmentId!: string;
  @ApiProperty({ enum: CARRIERS }) carrier!: (typeof CARRIERS)[number];
  @ApiProperty() waybillNo!: string;
  @ApiProperty({ example: '2026-11-27' }) shippedOn!: string;
  @ApiProperty({ type: [ShippedLineResponse] }) lines!: ShippedLineResponse[];
  @ApiProperty({ type: 'integer', description: 'Urgent: the carrier\'s freight difference, charged to the dealer' }) freightDifferenceFen!: number;
  @ApiProperty({ description: 'Shipped after shipBy' }) late!: boolean;
  @ApiPropertyOptional({ example: '2026-11-29', description: 'The dealer\'s receipt' }) receivedOn?: string;
}

/** A requisition as it stands, read from its own events (never behind a write). */
export class RequisitionResponse {
  @ApiProperty({ example: 'REQ-2026-11-0001' }) requisitionId!: string;
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ enum: ['monthly', 'urgent'] }) urgency!: 'monthly' | 'urgent';
  @ApiProperty({ enum: CARRIERS }) carrier!: (typeof CARRIERS)[number];
  @ApiProperty({ enum: STATUSES }) status!: (typeof STATUSES)[number];
  @ApiProperty({ example: '2026-11-25' }) submittedOn!: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty({ type: [RequisitionLineResponse] }) lines!: RequisitionLineResponse[];
  @ApiPropertyOptional({ example: '2026-11-26' }) reviewedOn?: string;
  @ApiPropertyOptional({ example: '2026-11-29', description: 'Approved lines ship by this day (the agreement\'s shippingDays after the review)' }) shipBy?: string;
  @ApiProperty({ type: 'integer', description: 'Approved sale lines at the quoted prices: paid before they ship' }) saleDueFen!: number;
  @ApiProperty({ type: 'integer' }) paidFen!: number;
  @ApiProperty({ description: 'Sale lines wait for a payment covering them' }) awaitingPayment!: boolean;
  @ApiProperty({ description: 'In-warranty replacements wait for the check of the replacement list and waybill' }) awaitingCheck!: boolean;
  @ApiProperty({ type: [RequisitionPaymentResponse] }) payments!: RequisitionPaymentResponse[];
  @ApiProperty({ type: [ReplacementCheckResponse] }) checks!: ReplacementCheckResponse[];
  @ApiProperty({ type: [ShipmentResponse] }) shipments!: ShipmentResponse[];
}

export function requisitionResponse(state: RequisitionState): RequisitionResponse {
  const submitted = state.submitted;
  if (!submitted) throw new Error('a requisition is answered once submitted');
  const lines = submitted.lines.map((line) => {
    const decision = state.reviewed?.decisions.find((d) => d.lineNo === line.lineNo);
    return { ...line, ...(decision ? { approvedQuantity: decision.approvedQuantity, ...(decision.reason ? { reason: decision.reason } : {}) } : {}),
      shippedQuantity: shippedOf(state, line.lineNo) };
  });
  const approved = (supply: string) => submitted.lines.some((l) => l.supply === supply && approvedOf(state, l.lineNo) > shippedOf(state, l.lineNo));
  const { requisitionId, dealerCode, urgency, carrier, submittedOn, note } = submitted;
  return {
    requisitionId, dealerCode, urgency, carrier, status: statusOf(state), submittedOn, ...(note ? { note } : {}), lines,
    ...(state.reviewed ? { reviewedOn: state.reviewed.reviewedOn, shipBy: state.reviewed.shipBy } : {}),
    saleDueFen: state.reviewed?.saleDueFen ?? 0, paidFen: paidFen(state),
    awaitingPayment: approved('sale') && !salePaid(state), awaitingCheck: approved('warranty') && !replacementsPassed(state),
    payments: state.payments, checks: state.checks,
    shipments: state.shipments.map((s) => { const receivedOn = receivedOnOf(state, s.shipmentId); return { ...s, ...(receivedOn ? { receivedOn } : {}) }; }),
  };
}

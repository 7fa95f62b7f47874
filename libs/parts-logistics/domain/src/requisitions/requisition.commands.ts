import type { Carrier, LineDecision, Purpose, Supply, Urgency } from './requisition.events';

export interface LineRequest { code: string; quantity: number; purpose: Purpose; repairRecordNo?: string; supply: Supply }

export class SubmitRequisition {
  constructor(
    readonly requisitionId: string, readonly dealerCode: string, readonly urgency: Urgency, readonly carrier: Carrier | undefined,
    readonly lines: readonly LineRequest[], readonly note?: string,
  ) {}
}

export class ReviewRequisition {
  constructor(readonly requisitionId: string, readonly dealerCode: string, readonly decisions: readonly LineDecision[]) {}
}

export class RecordRequisitionPayment {
  constructor(readonly requisitionId: string, readonly dealerCode: string, readonly paymentRef: string, readonly amountFen: number, readonly receivedOn: string) {}
}

export class CheckReplacements {
  constructor(readonly requisitionId: string, readonly dealerCode: string, readonly passed: boolean, readonly note: string, readonly waybillNo?: string) {}
}

export class ShipParts {
  constructor(
    readonly requisitionId: string, readonly dealerCode: string, readonly shipmentId: string, readonly waybillNo: string, readonly shippedOn: string,
    readonly lines: readonly { lineNo: number; quantity: number }[],
  ) {}
}

export class ConfirmReceipt {
  constructor(readonly requisitionId: string, readonly dealerCode: string, readonly shipmentId: string, readonly receivedOn: string) {}
}

export type RequisitionCommand = SubmitRequisition | ReviewRequisition | RecordRequisitionPayment | CheckReplacements | ShipParts | ConfirmReceipt;

/** A price-list line as a command's facts give it: the line in force on the day that matters. */
export interface PricedLine { name: string; kind: 'part' | 'labour' | 'freight'; unitPriceFen: number }

/**
 * What the handler looked up for a command: today in the dealer's time zone, the shipping days of
 * the agreement in force today, and the price-list lines (by code, freight lines included) in
 * force on the command's day: today for a submission, shippedOn for a shipment.
 */
export interface RequisitionFacts {
  today: string;
  shippingDays: number;
  prices: ReadonlyMap<string, PricedLine>;
}

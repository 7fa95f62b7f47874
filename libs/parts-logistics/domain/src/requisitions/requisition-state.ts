import { exhaustive } from '@aftersales/event-sourcing';
import type {
  LineDecision, PartsShippedData, ReplacementsCheckedData, RequisitionEvent, RequisitionPaidData, RequisitionReviewedData, RequisitionSubmittedData,
  ShipmentReceivedData,
} from './requisition.events';

export interface RequisitionState {
  submitted?: RequisitionSubmittedData;
  reviewed?: RequisitionReviewedData;
  payments: RequisitionPaidData[];
  checks: ReplacementsCheckedData[];
  shipments: PartsShippedData[];
  /** The dealer's receipts, one per shipment. */
  received: ShipmentReceivedData[];
}

export const emptyRequisition = (): RequisitionState => ({ payments: [], checks: [], shipments: [], received: [] });

export function evolveRequisition(state: RequisitionState, event: RequisitionEvent): RequisitionState {
  switch (event.type) {
    case 'RequisitionSubmitted': return { ...state, submitted: event.data };
    case 'RequisitionReviewed': return { ...state, reviewed: event.data };
    case 'RequisitionPaid': return { ...state, payments: [...state.payments, event.data] };
    case 'ReplacementsChecked': return { ...state, checks: [...state.checks, event.data] };
    case 'PartsShipped': return { ...state, shipments: [...state.shipments, event.data] };
    case 'ShipmentReceived': return { ...state, received: [...state.received, event.data] };
    default: return exhaustive(event, 'requisition event');
  }
}

/** The quantity approved of a line (0 before the review). */
export const approvedOf = (state: RequisitionState, lineNo: number): number =>
  state.reviewed?.decisions.find((d: LineDecision) => d.lineNo === lineNo)?.approvedQuantity ?? 0;

/** The quantity of a line shipped so far. */
export const shippedOf = (state: RequisitionState, lineNo: number): number =>
  state.shipments.reduce((n, s) => n + s.lines.filter((l) => l.lineNo === lineNo).reduce((m, l) => m + l.quantity, 0), 0);

/** The day a shipment was received, if it was. */
export const receivedOnOf = (state: RequisitionState, shipmentId: string): string | undefined => state.received.find((r) => r.shipmentId === shipmentId)?.receivedOn;

export const paidFen = (state: RequisitionState): number => state.payments.reduce((n, p) => n + p.amountFen, 0);

/** Sale lines ship once the payments cover what is due (款到發貨). */
export const salePaid = (state: RequisitionState): boolean => paidFen(state) >= (state.reviewed?.saleDueFen ?? 0);

/** Warranty lines ship once the latest check passed. */
export const replacementsPassed = (state: RequisitionState): boolean => state.checks.at(-1)?.passed === true;

export type RequisitionStatus = 'submitted' | 'refused' | 'approved' | 'partly-shipped' | 'shipped';

/** Where the requisition stands: every approved unit shipped is `shipped`; nothing approved is `refused`. */
export function statusOf(state: RequisitionState): RequisitionStatus {
  const lines = state.submitted?.lines ?? [];
  if (!state.reviewed) return 'submitted';
  const approved = lines.reduce((n, l) => n + approvedOf(state, l.lineNo), 0);
  const shipped = lines.reduce((n, l) => n + shippedOf(state, l.lineNo), 0);
  if (approved === 0) return 'refused';
  if (shipped === 0) return 'approved';
  return shipped < approved ? 'partly-shipped' : 'shipped';
}

import { mayReach, Role, SessionUser } from '../../auth/roles';
import type { Requisition } from './requisition-types';

/**
 * Who does what with a requisition (the gateway's permission table: Requisition create,
 * RequisitionReview update, RequisitionPayment create, Shipment create and update). Everyone reads
 * (a dealer user its own dealer's and its sub-dealers'); the gateway decides every request.
 */
export const REQUISITION_SUBMITTERS: readonly Role[] = ['admin', 'parts-clerk', 'dealer'];
/** The parts clerk reviews, checks in-warranty replacements and ships. */
export const REQUISITION_REVIEWERS: readonly Role[] = ['admin', 'parts-clerk'];
/** 款到發貨: finance or the parts clerk records the payment that releases the sale lines. */
export const REQUISITION_PAYERS: readonly Role[] = ['admin', 'parts-clerk', 'finance'];
/** Who confirms a shipment arrived: the dealer user for its own dealer, or the parts clerk recording it. */
export const RECEIPT_CONFIRMERS: readonly Role[] = ['admin', 'parts-clerk', 'dealer'];

/** Whether the user submits requisitions for a dealer: a dealer user for its own only, a clerk or admin for any. */
export function maySubmitFor(user: SessionUser, dealerCode?: string): boolean {
  if (!mayReach(user.roles, REQUISITION_SUBMITTERS)) return false;
  if (mayReach(user.roles, REQUISITION_REVIEWERS)) return true;
  return !!user.dealerCode && (dealerCode === undefined || dealerCode === user.dealerCode);
}

/** The actions a requisition offers this user now: its role may do them and the requisition waits for them. */
export interface RequisitionActions {
  review: boolean;
  pay: boolean;
  check: boolean;
  ship: boolean;
  /** Receipts of shipments not received yet. */
  receive: boolean;
}

export function actionsOf(user: SessionUser, requisition: Requisition): RequisitionActions {
  const clerk = mayReach(user.roles, REQUISITION_REVIEWERS);
  const reviewed = requisition.status !== 'submitted';
  const approved = reviewed && requisition.status !== 'refused';
  const open = requisition.lines.some((line) => (line.approvedQuantity ?? 0) > line.shippedQuantity);
  const warrantyApproved = requisition.lines.some((line) => line.supply === 'warranty' && (line.approvedQuantity ?? 0) > 0);
  const checkedPassed = requisition.checks.at(-1)?.passed === true;
  const ownDealer = !!user.dealerCode && user.dealerCode === requisition.dealerCode;
  return {
    review: clerk && !reviewed,
    pay: approved && mayReach(user.roles, REQUISITION_PAYERS) && requisition.paidFen < requisition.saleDueFen,
    check: clerk && approved && warrantyApproved && !checkedPassed,
    ship: clerk && approved && open,
    receive: (clerk || (user.roles.includes('dealer') && ownDealer)) && requisition.shipments.some((shipment) => !shipment.receivedOn),
  };
}

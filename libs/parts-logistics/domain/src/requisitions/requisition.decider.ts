import { addDays } from '@aftersales/calendar';
import { conflict, Decider, DomainError, invalid } from '@aftersales/event-sourcing';
import {
  CheckReplacements, ConfirmReceipt, RecordRequisitionPayment, RequisitionCommand, RequisitionFacts, ReviewRequisition, ShipParts, SubmitRequisition,
} from './requisition.commands';
import { approvedOf, emptyRequisition, evolveRequisition, receivedOnOf, RequisitionState, replacementsPassed, salePaid, shippedOf } from './requisition-state';
import { freightCode, RequestedLine, RequisitionEvent, RequisitionReviewedData, RequisitionSubmittedData, ShippedLine } from './requisition.events';
import { exactly, reviewOf, submissionOf } from './requisition-rules';
import { multiplyFen } from '@aftersales/money';

const notFound = (what: string) => new DomainError('not-found', what);

/**
 * 維修配件備料單 (第四條): submitted by the dealer, reviewed line by line by a parts clerk, paid for
 * (sale lines, 款到發貨) or checked (in-warranty replacements), shipped in one or more shipments
 * priced by the price list of the shipping day, and received by the dealer. Each step said again
 * with the same content changes nothing.
 */
export const requisitionDecider: Decider<RequisitionCommand, RequisitionEvent, RequisitionState, RequisitionFacts> = {
  initialState: emptyRequisition,
  evolve: evolveRequisition,
  decide(command, state, facts) {
    if (command instanceof SubmitRequisition) {
      const submitted = submissionOf(command, facts);
      if (!state.submitted) return [{ type: 'RequisitionSubmitted', data: submitted }];
      if (sameRequest(state.submitted, submitted)) return [];
      throw conflict(`requisition ${command.requisitionId} was submitted with other lines`, 'requisitionId');
    }
    const submitted = state.submitted;
    if (!submitted || submitted.dealerCode !== command.dealerCode) throw notFound(`requisition ${command.requisitionId} of ${command.dealerCode} does not exist`);
    if (command instanceof ReviewRequisition) {
      const reviewed = reviewOf(command, submitted, facts);
      if (!state.reviewed) return [{ type: 'RequisitionReviewed', data: { ...reviewed, shipBy: addDays(facts.today, facts.shippingDays) } }];
      if (JSON.stringify(state.reviewed.decisions) === JSON.stringify(reviewed.decisions)) return [];
      throw conflict(`requisition ${command.requisitionId} was reviewed on ${state.reviewed.reviewedOn}`, 'decisions');
    }
    const reviewed = state.reviewed;
    if (!reviewed) throw conflict(`requisition ${command.requisitionId} is not reviewed yet`);
    if (command instanceof RecordRequisitionPayment) return payment(command, state, reviewed.saleDueFen);
    if (command instanceof CheckReplacements) return check(command, state, submitted.lines, facts.today);
    if (command instanceof ShipParts) return shipment(command, { state, submitted, reviewed }, facts);
    return receipt(command, state, facts.today);
  },
};

function sameRequest(a: object, b: object): boolean {
  const { submittedOn: _a, ...left } = a as { submittedOn: string };
  const { submittedOn: _b, ...right } = b as { submittedOn: string };
  return JSON.stringify({ ...left, lines: (left as { lines: RequestedLine[] }).lines.map(({ unitPriceFen: _, name: __, ...l }) => l) })
    === JSON.stringify({ ...right, lines: (right as { lines: RequestedLine[] }).lines.map(({ unitPriceFen: _, name: __, ...l }) => l) });
}

function payment(command: RecordRequisitionPayment, state: RequisitionState, dueFen: number): RequisitionEvent[] {
  const { paymentRef, amountFen, receivedOn } = command;
  const same = state.payments.find((p) => p.paymentRef === paymentRef);
  if (same) {
    if (same.amountFen === amountFen && same.receivedOn === receivedOn) return [];
    throw conflict(`payment ${paymentRef} was recorded with another amount or day`, 'paymentRef');
  }
  if (dueFen === 0) throw invalid('no approved line of this requisition is a sale: nothing is paid before it ships', 'amountFen');
  if (salePaid(state)) throw invalid('the sale lines are paid already', 'amountFen');
  if (receivedOn < (state.reviewed?.reviewedOn ?? '')) throw invalid(`receivedOn is before the review (${state.reviewed?.reviewedOn})`, 'receivedOn');
  return [{ type: 'RequisitionPaid', data: { paymentRef, amountFen, receivedOn } }];
}

function check(command: CheckReplacements, state: RequisitionState, lines: RequestedLine[], today: string): RequisitionEvent[] {
  if (!lines.some((l) => l.supply === 'warranty' && approvedOf(state, l.lineNo) > 0)) {
    throw invalid('no approved line of this requisition is an in-warranty replacement: there is nothing to check', 'passed');
  }
  const last = state.checks.at(-1);
  if (last && last.passed === command.passed && last.note === command.note && last.waybillNo === command.waybillNo) return [];
  if (replacementsPassed(state)) throw conflict(`the replacements were checked and passed on ${last?.checkedOn}`, 'passed');
  return [{ type: 'ReplacementsChecked', data: { checkedOn: today, passed: command.passed, note: command.note, ...(command.waybillNo ? { waybillNo: command.waybillNo } : {}) } }];
}

type Reviewed = { state: RequisitionState; submitted: RequisitionSubmittedData; reviewed: RequisitionReviewedData };

function shipment(command: ShipParts, { state, submitted, reviewed }: Reviewed, facts: RequisitionFacts): RequisitionEvent[] {
  const { shipmentId, waybillNo, shippedOn } = command;
  const same = state.shipments.find((s) => s.shipmentId === shipmentId);
  if (same) {
    const asked = JSON.stringify(command.lines.map(({ lineNo, quantity }) => ({ lineNo, quantity })));
    if (same.waybillNo === waybillNo && same.shippedOn === shippedOn && JSON.stringify(same.lines.map(({ lineNo, quantity }) => ({ lineNo, quantity }))) === asked) return [];
    throw conflict(`shipment ${shipmentId} was recorded with other lines`, 'shipmentId');
  }
  if (shippedOn < reviewed.reviewedOn || shippedOn > facts.today) throw invalid(`shippedOn must be from the review (${reviewed.reviewedOn}) to today (${facts.today})`, 'shippedOn');
  if (command.lines.length === 0) throw invalid('a shipment holds at least one line', 'lines');
  const shipped: ShippedLine[] = command.lines.map(({ lineNo, quantity }, i) => {
    const line = submitted.lines.find((l) => l.lineNo === lineNo);
    if (!line) throw invalid(`the requisition has no line ${lineNo}`, `lines[${i}].lineNo`);
    const open = approvedOf(state, lineNo) - shippedOf(state, lineNo) - command.lines.slice(0, i).filter((l) => l.lineNo === lineNo).reduce((n, l) => n + l.quantity, 0);
    if (quantity > open) throw invalid(`line ${lineNo} has ${open} approved and not shipped`, `lines[${i}].quantity`);
    if (line.supply === 'sale' && !salePaid(state)) throw conflict(`line ${lineNo} is sold: it ships once paid (款到發貨)`, `lines[${i}].lineNo`);
    if (line.supply === 'warranty' && !replacementsPassed(state)) throw conflict(`line ${lineNo} is an in-warranty replacement: it ships once the replacement list and waybill are checked`, `lines[${i}].lineNo`);
    const price = facts.prices.get(line.code);
    if (!price) throw invalid(`${line.code} has no price in force on ${shippedOn}`, `lines[${i}].lineNo`);
    const amountFen = exactly(`lines[${i}].quantity`, () => multiplyFen(price.unitPriceFen, quantity));
    return { lineNo, code: line.code, quantity, supply: line.supply, unitPriceFen: price.unitPriceFen, amountFen };
  });
  const freight = submitted.urgency === 'urgent' ? facts.prices.get(freightCode(submitted.carrier)) : undefined;
  if (submitted.urgency === 'urgent' && !freight) throw invalid(`the price list has no ${freightCode(submitted.carrier)} freight line in force on ${shippedOn}`, 'shippedOn');
  return [{ type: 'PartsShipped', data: {
    requisitionId: submitted.requisitionId, shipmentId, carrier: submitted.carrier, waybillNo, shippedOn, lines: shipped, freightDifferenceFen: freight?.unitPriceFen ?? 0, late: shippedOn > reviewed.shipBy,
  } }];
}

function receipt({ shipmentId, receivedOn }: ConfirmReceipt, state: RequisitionState, today: string): RequisitionEvent[] {
  const shipped = state.shipments.find((s) => s.shipmentId === shipmentId);
  if (!shipped) throw notFound(`shipment ${shipmentId} does not exist`);
  const before = receivedOnOf(state, shipmentId);
  if (before === receivedOn) return [];
  if (before) throw conflict(`shipment ${shipmentId} was received on ${before}`, 'receivedOn');
  if (receivedOn < shipped.shippedOn || receivedOn > today) throw invalid(`receivedOn must be from the shipping day (${shipped.shippedOn}) to today (${today})`, 'receivedOn');
  return [{ type: 'ShipmentReceived', data: { shipmentId, receivedOn } }];
}

import { invalid } from '@aftersales/event-sourcing';
import { MoneyError, multiplyFen, sumFen } from '@aftersales/money';
import { RequisitionFacts, ReviewRequisition, SubmitRequisition } from './requisition.commands';
import { Carrier, freightCode, LineDecision, RequestedLine, RequisitionReviewedData, RequisitionSubmittedData, URGENT_CARRIERS } from './requisition.events';

/**
 * A requisition as submitted: each line a part on the price list today (labour is not
 * requisitioned), quoted at today's price; an urgent one names a carrier whose freight
 * difference the price list prices, a monthly one goes by the normal carrier. A repair line names
 * its repair record; a stock line is always a sale.
 */
export function submissionOf(command: SubmitRequisition, facts: RequisitionFacts): RequisitionSubmittedData {
  const { requisitionId, dealerCode, urgency, note } = command;
  if (command.lines.length === 0) throw invalid('a requisition holds at least one line', 'lines');
  const carrier: Carrier = urgency === 'urgent' ? urgentCarrier(command.carrier, facts) : monthlyCarrier(command.carrier);
  const lines: RequestedLine[] = command.lines.map(({ code, quantity, purpose, repairRecordNo, supply }, i) => {
    const price = facts.prices.get(code);
    if (!price || price.kind !== 'part') throw invalid(`${code} is no part on the price list in force on ${facts.today}`, `lines[${i}].code`);
    if (purpose === 'repair' && !repairRecordNo) throw invalid('a line for a repair names its repair record (repairRecordNo)', `lines[${i}].repairRecordNo`);
    if (purpose === 'stock' && repairRecordNo) throw invalid('a stock line names no repair record', `lines[${i}].repairRecordNo`);
    if (purpose === 'stock' && supply === 'warranty') throw invalid('a stock line is a sale: only a repair is supplied under warranty', `lines[${i}].supply`);
    return { lineNo: i + 1, code, name: price.name, quantity, purpose, ...(repairRecordNo ? { repairRecordNo } : {}), supply, unitPriceFen: price.unitPriceFen };
  });
  return { requisitionId, dealerCode, urgency, carrier, submittedOn: facts.today, ...(note ? { note } : {}), lines };
}

function urgentCarrier(carrier: Carrier | undefined, facts: RequisitionFacts): Carrier {
  if (!carrier || !(URGENT_CARRIERS as readonly string[]).includes(carrier)) throw invalid(`an urgent requisition names its carrier: ${URGENT_CARRIERS.join(', ')}`, 'carrier');
  if (!facts.prices.get(freightCode(carrier))) throw invalid(`the price list has no ${freightCode(carrier)} freight line in force on ${facts.today}: ${carrier} cannot be priced`, 'carrier');
  return carrier;
}

function monthlyCarrier(carrier: Carrier | undefined): Carrier {
  if (carrier && carrier !== 'standard') throw invalid('a monthly requisition goes by the normal carrier: only an urgent one names another', 'carrier');
  return 'standard';
}

/**
 * The review: one decision for every line, an approved quantity from 0 (refused) to the quantity
 * asked, with a reason for anything less. What the dealer pays before its sale lines ship is the
 * approved sale quantity at the quoted prices, exact.
 */
export function reviewOf(command: ReviewRequisition, submitted: RequisitionSubmittedData, facts: RequisitionFacts): Omit<RequisitionReviewedData, 'shipBy'> {
  const decisions: LineDecision[] = submitted.lines.map((line) => {
    const found = command.decisions.filter((d) => d.lineNo === line.lineNo);
    const at = `decisions[${command.decisions.findIndex((d) => d.lineNo === line.lineNo)}]`;
    const [decision] = found;
    if (!decision || found.length > 1) throw invalid(`line ${line.lineNo} needs exactly one decision`, 'decisions');
    const { approvedQuantity, reason } = decision;
    if (approvedQuantity > line.quantity) throw invalid(`line ${line.lineNo} asked for ${line.quantity}: no more can be approved`, `${at}.approvedQuantity`);
    if (approvedQuantity < line.quantity && !reason) throw invalid(`line ${line.lineNo}: a refusal or a part approval gives its reason`, `${at}.reason`);
    return { lineNo: line.lineNo, approvedQuantity, ...(reason ? { reason } : {}) };
  });
  const unknown = command.decisions.find((d) => !submitted.lines.some((l) => l.lineNo === d.lineNo));
  if (unknown) throw invalid(`the requisition has no line ${unknown.lineNo}`, 'decisions');
  const saleDueFen = exactly('decisions', () => sumFen(submitted.lines.filter((l) => l.supply === 'sale')
    .map((l) => multiplyFen(l.unitPriceFen, decisions.find((d) => d.lineNo === l.lineNo)?.approvedQuantity ?? 0))));
  return { reviewedOn: facts.today, decisions, saleDueFen };
}

/** An amount computed exactly, or a refusal naming the field when it passes 2^53−1 fen (never rounded). */
export function exactly(field: string, amount: () => number): number {
  try {
    return amount();
  } catch (error) {
    if (error instanceof MoneyError) throw invalid(`the amount is more than 2^53−1 fen, which cannot be counted exactly (${error.message})`, field);
    throw error;
  }
}

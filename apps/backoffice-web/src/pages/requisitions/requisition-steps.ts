import type { Requisition, RequisitionLine, ReviewRequisition, Shipment, ShipParts } from './requisition-types';

/** A line's decision as the review form holds it. */
export interface DecisionValues {
  lineNo: number;
  approvedQuantity?: number | null;
  reason?: string;
}

/** The review form as it opens: every line approved whole (the clerk lowers what it cannot supply). */
export function reviewDefaults(lines: readonly RequisitionLine[]): DecisionValues[] {
  return lines.map((line) => ({ lineNo: line.lineNo, approvedQuantity: line.quantity, reason: '' }));
}

export type DecisionProblem = 'required' | 'range' | 'reason';

/**
 * What is wrong with one decision, if anything: an approved quantity is a whole number from 0 (the
 * line refused) to the quantity asked; anything less than asked says why.
 */
export function decisionProblem(asked: number, decision: Partial<DecisionValues>): DecisionProblem | undefined {
  const approved = decision.approvedQuantity;
  if (approved === undefined || approved === null) return 'required';
  if (!Number.isInteger(approved) || approved < 0 || approved > asked) return 'range';
  if (approved < asked && !decision.reason?.trim()) return 'reason';
  return undefined;
}

/** The body of POST …/review: one decision per line, a reason only where less than asked is approved. */
export function reviewOf(decisions: readonly DecisionValues[]): ReviewRequisition {
  return {
    decisions: decisions.map(({ lineNo, approvedQuantity, reason }) => {
      const why = reason?.trim();
      return { lineNo, approvedQuantity: approvedQuantity ?? 0, ...(why ? { reason: why } : {}) };
    }),
  };
}

/** What the review would make of the requisition: approved whole, in part, or refused. */
export function reviewOutcome(lines: readonly RequisitionLine[], decisions: readonly { lineNo?: number; approvedQuantity?: number | null }[]): 'whole' | 'part' | 'refused' {
  const approved = lines.map((line) => decisions.find((d) => d.lineNo === line.lineNo)?.approvedQuantity ?? 0);
  if (approved.every((quantity) => quantity === 0)) return 'refused';
  return lines.every((line, i) => approved[i] === line.quantity) ? 'whole' : 'part';
}

/** Units approved and not shipped yet of a line. */
export const openOf = (line: RequisitionLine): number => Math.max(0, (line.approvedQuantity ?? 0) - line.shippedQuantity);

/** Units approved and not shipped yet of the requisition. */
export const openUnitsOf = (requisition: Requisition): number => requisition.lines.reduce((n, line) => n + openOf(line), 0);

/** Overdue: approved units not shipped with the ship-by day before today (as the queue judges it). */
export function isOverdue(requisition: Pick<Requisition, 'shipBy'>, openUnits: number, today: string): boolean {
  return !!requisition.shipBy && openUnits > 0 && requisition.shipBy < today;
}

/** Whether a line may ship now: a sale once paid (款到發貨), an in-warranty replacement once checked. */
export function mayShipNow(requisition: Requisition, line: RequisitionLine): boolean {
  return line.supply === 'sale' ? !requisition.awaitingPayment : requisition.checks.at(-1)?.passed === true;
}

/** A row of the shipment form: a line with units open, and how many ship now. */
export interface ShipRow {
  lineNo: number;
  open: number;
  quantity: number;
  /** Why it waits, when it cannot ship now. */
  waitsFor?: 'payment' | 'check';
}

/** The shipment form as it opens: every open line, all of it when it may ship now, none when it waits. */
export function shipmentRows(requisition: Requisition): ShipRow[] {
  return requisition.lines.filter((line) => openOf(line) > 0).map((line) => {
    const ready = mayShipNow(requisition, line);
    return {
      lineNo: line.lineNo,
      open: openOf(line),
      quantity: ready ? openOf(line) : 0,
      ...(ready ? {} : { waitsFor: line.supply === 'sale' ? ('payment' as const) : ('check' as const) }),
    };
  });
}

/**
 * The body of POST …/shipments (only the lines that ship: a quantity of 0 is left out), and for
 * each line sent the form row it came from, so a problem the API names `lines[0].quantity` lands
 * beside that row (`rows.2.quantity`).
 */
export function shipmentOf(
  values: { shipmentId: string; waybillNo: string; shippedOn: string; rows: readonly Pick<ShipRow, 'lineNo' | 'quantity'>[] },
): { body: ShipParts; rowOf: number[] } {
  const sent = values.rows.map((row, index) => ({ row, index })).filter(({ row }) => (row.quantity ?? 0) > 0);
  return {
    body: {
      shipmentId: values.shipmentId,
      waybillNo: values.waybillNo.trim(),
      shippedOn: values.shippedOn,
      lines: sent.map(({ row }) => ({ lineNo: row.lineNo, quantity: row.quantity })),
    },
    rowOf: sent.map(({ index }) => index),
  };
}

/** The form's name of a field the API named in a shipment body: `lines[1].quantity` -> `rows.3.quantity`. */
export function shipmentField(apiField: string, rowOf: readonly number[]): string {
  const match = /^lines\[(\d+)\]\.(\w+)$/.exec(apiField);
  const row = match ? rowOf[Number(match[1])] : undefined;
  return match && row !== undefined ? `rows.${row}.quantity` : apiField;
}

/** What is still due before the sale lines ship (never below 0). */
export const outstandingFen = (requisition: Pick<Requisition, 'saleDueFen' | 'paidFen'>): number => Math.max(0, requisition.saleDueFen - requisition.paidFen);

/** A shipment's parts and its freight difference, exact. */
export function shipmentTotalFen(shipment: Pick<Shipment, 'lines' | 'freightDifferenceFen'>): bigint {
  return shipment.lines.reduce((n, line) => n + BigInt(line.amountFen), 0n) + BigInt(shipment.freightDifferenceFen);
}

/** A line's amount at its quoted price, exact. */
export const quotedFen = (line: Pick<RequisitionLine, 'unitPriceFen'>, quantity: number): bigint => BigInt(line.unitPriceFen) * BigInt(quantity);

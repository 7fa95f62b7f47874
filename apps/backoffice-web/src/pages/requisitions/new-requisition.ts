import type { Purpose, SubmitRequisition, Supply, Urgency, UrgentCarrier } from './requisition-types';

/** A line of the new requisition's form, as typed. */
export interface LineValues {
  code: string;
  quantity?: number | null;
  purpose: Purpose;
  repairRecordNo?: string;
  supply: Supply;
}

export interface RequisitionValues {
  requisitionId: string;
  dealerCode: string;
  urgency: Urgency;
  carrier?: UrgentCarrier;
  note?: string;
  lines: LineValues[];
}

/** What the form knows of a part from the price list: its name and today's price. */
export interface PartPrice {
  name: string;
  unitPriceFen: number;
}

/**
 * A new requisition's id, made by the client once per form (so the same request sent again after a
 * lost answer changes nothing): REQ-, the day, and six random letters or digits.
 */
export function newRequisitionId(today: string, random: () => number = Math.random): string {
  return `REQ-${today.replace(/-/g, '')}-${randomSuffix(random)}`;
}

/** A shipment's id, made once per shipment dialog: SHIP-, the day, and six random letters or digits. */
export function newShipmentId(today: string, random: () => number = Math.random): string {
  return `SHIP-${today.replace(/-/g, '')}-${randomSuffix(random)}`;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
function randomSuffix(random: () => number): string {
  return Array.from({ length: 6 }, () => ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length]).join('');
}

/** A line as added from the part search: one, for the dealer's stock, a sale. */
export const newLine = (code: string): LineValues => ({ code, quantity: 1, purpose: 'stock', supply: 'sale' });

/** A stock line is always a sale and names no repair record: the line as it stands after its purpose changed. */
export function withPurpose(line: LineValues, purpose: Purpose): LineValues {
  return purpose === 'stock' ? { ...line, purpose, supply: 'sale', repairRecordNo: undefined } : { ...line, purpose };
}

/** The body of POST /dealers/{dealerCode}/requisitions: texts trimmed, the carrier only when urgent, a record number only for a repair. */
export function submissionOf(values: RequisitionValues): SubmitRequisition {
  const note = values.note?.trim();
  return {
    requisitionId: values.requisitionId,
    urgency: values.urgency,
    ...(values.urgency === 'urgent' && values.carrier ? { carrier: values.carrier } : {}),
    ...(note ? { note } : {}),
    lines: values.lines.map((line) => {
      const repairRecordNo = line.purpose === 'repair' ? line.repairRecordNo?.trim() : undefined;
      return {
        code: line.code,
        quantity: line.quantity ?? 0,
        purpose: line.purpose,
        ...(repairRecordNo ? { repairRecordNo } : {}),
        supply: line.purpose === 'stock' ? 'sale' : line.supply,
      };
    }),
  };
}

export interface Estimate {
  /** The sale lines at today's prices: what the dealer pays before they ship (if all is approved). */
  saleFen: bigint;
  /** The in-warranty replacements at today's prices: not charged. */
  warrantyFen: bigint;
  /** The urgent carrier's freight difference, charged on each shipment (0 for a monthly requisition). */
  freightFen: bigint;
  /** The sale lines and one shipment's freight difference. */
  totalFen: bigint;
  /** Lines whose part has no known price (none once each is chosen from the search). */
  unpriced: number;
}

/**
 * What the requisition would cost at today's prices, exact: each line's quantity times its unit
 * price in integer fen (BigInt, never a float), the sale lines and one shipment's freight.
 */
export function estimateOf(lines: readonly Partial<LineValues>[], prices: ReadonlyMap<string, PartPrice>, freightFen = 0): Estimate {
  let saleFen = 0n;
  let warrantyFen = 0n;
  let unpriced = 0;
  for (const line of lines) {
    const price = line.code ? prices.get(line.code) : undefined;
    if (!price) {
      unpriced += 1;
      continue;
    }
    const quantity = Number.isSafeInteger(line.quantity) && (line.quantity ?? 0) > 0 ? BigInt(line.quantity ?? 0) : 0n;
    const amount = BigInt(price.unitPriceFen) * quantity;
    if (line.purpose === 'repair' && line.supply === 'warranty') warrantyFen += amount;
    else saleFen += amount;
  }
  const freight = BigInt(freightFen);
  return { saleFen, warrantyFen, freightFen: freight, totalFen: saleFen + freight, unpriced };
}

/**
 * The API names a line's problem `lines[0].code`; the form's fields are named `lines.0.code` (antd's
 * name path): the same problem, renamed so it lands beside the field.
 */
export function dottedField(apiField: string): string {
  return apiField.replace(/\[(\d+)\]/g, '.$1');
}

import type { PriceItemKind } from '@aftersales/published-rules';

export type { PriceItemKind };

/** One line of the price list: a part number or an operation code, what it is, its unit price in fen. */
export interface PriceLine { code: string; kind: PriceItemKind; name: string; unitPriceFen: number }

/**
 * A new version of the price list, in force from `effectiveFrom` (the manufacturer's date) until
 * the next version's: the lines it sets (new or changed) and the codes it withdraws. An import
 * sets every line of its file that differs and withdraws what the file no longer holds; an edit
 * sets or withdraws one line, with its reason.
 */
export interface PriceListRevisedData {
  version: number;
  /** A version of more than PRICE_LINES_PER_EVENT lines comes in several parts (1..parts), one commit. */
  part: number;
  parts: number;
  effectiveFrom: string;
  source: 'import' | 'edit';
  /** Why (an edit's reason, or an import's note). */
  reason?: string;
  fileName?: string;
  set: PriceLine[];
  withdrawn: string[];
  /** Lines in force from effectiveFrom. */
  lineCount: number;
}
export type PriceListRevised = { type: 'PriceListRevised'; data: PriceListRevisedData };
export type PriceListEvent = PriceListRevised;

/** The one price-list stream of the network. */
export const PRICE_LIST_STREAM = 'price-list';

/**
 * One parts.PriceListRevised holds at most this many lines set and withdrawn, so a Kafka message
 * stays far below 1 MB (500 lines of at most about 730 bytes): a larger revision is published as
 * several parts of one version, in one commit.
 */
export const PRICE_LINES_PER_EVENT = 500;

/**
 * What the price list prices: a spare part, a labour operation, or a carrier's freight difference
 * over the normal carrier (the freight table: `FREIGHT-EMS`, `FREIGHT-RAIL-EXPRESS`, `FREIGHT-AIR`).
 */
export const PRICE_ITEM_KINDS = ['part', 'labour', 'freight'] as const;
export type PriceItemKind = (typeof PRICE_ITEM_KINDS)[number];

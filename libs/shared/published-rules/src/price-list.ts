/**
 * One parts.PriceListRevised holds at most this many lines set and withdrawn, so a Kafka message
 * stays far below 1 MB (500 lines of at most about 730 bytes): a larger revision is published as
 * several parts of one version, in one commit.
 */
export const PRICE_LINES_PER_EVENT = 500;

/** What the price list prices: a spare part, or a labour operation. */
export const PRICE_ITEM_KINDS = ['part', 'labour'] as const;
export type PriceItemKind = (typeof PRICE_ITEM_KINDS)[number];

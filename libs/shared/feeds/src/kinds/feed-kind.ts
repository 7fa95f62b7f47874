/** The six monthly forms a dealer sends (docs/feeds.md "Kinds of form"). */
export const FEED_KINDS = ['repairs', 'parts', 'sales', 'warranty-cards', 'satisfaction', 'opinions'] as const;

export type FeedKind = (typeof FEED_KINDS)[number];

export function isFeedKind(value: unknown): value is FeedKind {
  return typeof value === 'string' && (FEED_KINDS as readonly string[]).includes(value);
}

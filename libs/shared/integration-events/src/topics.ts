/** One topic per publishing service; the key is always the dealer code. */
export const TOPICS = {
  contracts: 'contracts.events.v1',
  parts: 'parts.events.v1',
  settlements: 'settlements.events.v1',
  satisfaction: 'satisfaction.events.v1',
  feeds: 'feeds.events.v1',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/** Where a message that keeps failing goes, with its error (docs/architecture.md rule 4). */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

import { createHash } from 'node:crypto';

/** The cross-feed consistency rules (docs/feeds.md "Cross-feed flags"). */
export const FLAG_RULE_NAMES = [
  'repair-on-unknown-serial', 'card-for-other-dealers-unit', 'dated-before-delivery', 'parts-without-repair', 'serial-carded-by-two-dealers',
] as const;
export type FlagRuleName = (typeof FLAG_RULE_NAMES)[number];
export type FeedRowKind = 'repairs' | 'parts' | 'sales' | 'warranty-cards';

/** Why a flag is raised: a feed row (its submission, version, kind and natural key) or a contracts fact. */
export type Evidence =
  | { source: 'feed'; dealerCode: string; submissionId: string; version: number; kind: FeedRowKind; key: string; detail?: string }
  | { source: 'contracts'; key: string; detail?: string };

/** One flag: a rule broken by one dealer about one subject (a serial, or a record_no for parts). */
export interface FlagRef {
  flagId: string;
  dealerCode: string;
  rule: FlagRuleName;
  subject: string;
}

export type FlagRaised = { type: 'FlagRaised'; data: FlagRef & { period: string; evidence: Evidence[] } };
export type FlagCleared = { type: 'FlagCleared'; data: FlagRef & { period: string } };
export type FlagDismissed = { type: 'FlagDismissed'; data: { flagId: string; dealerCode: string; reason: string; dismissedBy: string } };
export type FlagEvent = FlagRaised | FlagCleared | FlagDismissed;

/**
 * The same rule, dealer and subject always make the same flag: redelivered events and two
 * instances evaluating at once decide on one stream, so a flag is never raised twice.
 */
export function flagIdOf(rule: FlagRuleName, dealerCode: string, subject: string): string {
  return createHash('sha256').update(`${rule}\u0000${dealerCode}\u0000${subject}`).digest('hex').slice(0, 24);
}

export const flagStreamId = (flagId: string) => `flag-${flagId}`;

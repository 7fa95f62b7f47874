import type { FeedKind } from '../kinds/feed-kind';
import { isFeedKind } from '../kinds/feed-kind';
import type { FeedRowTypes } from '../kinds/kinds.registry';
import type { PeriodBounds } from '../kinds/kind.definition';
import type { FeedProblem } from '../problems/feed-problem';
import { FEED_LANGUAGES, FeedLanguage } from '../problems/problem-codes';
import { monthDays } from '../validate/calendar-cells';
import { assertTimeZone, wallClockToUtc } from '../validate/local-time';
import type { FeedLookups } from '../validate/lookups';
import type { FeedEncoding, FeedFormat } from './detect';

export interface ReadFeedOptions {
  /** The form the uploader chose; without it the kind is taken from sheet names or headers. */
  readonly kind?: FeedKind;
  readonly format?: FeedFormat;
  /** 'gbk' is read as GB18030, its superset. */
  readonly encoding?: FeedEncoding;
  /** 'YYYY-MM': enables the period rules (dates inside, sale dates not after). */
  readonly period?: string;
  /** The dealer's time zone for local times (DOMAIN decision: Asia/Shanghai). */
  readonly timeZone?: string;
  readonly maxBytes?: number;
  readonly maxRows?: number;
  /** How many problems the summary keeps; all are counted and all go to `onProblem`. */
  readonly maxProblems?: number;
  /** What all entries of a workbook may inflate to. */
  readonly maxUncompressedBytes?: number;
  /** Workbook sheet name → kind, for sheets not named after their form. */
  readonly sheets?: Readonly<Record<string, FeedKind>>;
  readonly lookups?: FeedLookups;
  /**
   * The reader's language: each problem also gets `text`, its message in it. Problems stay
   * language-neutral data either way (`problemMessage` renders them in any language later).
   */
  readonly language?: FeedLanguage;
  readonly onProblem?: (problem: FeedProblem) => void;
}

export const FEED_DEFAULTS = {
  timeZone: 'Asia/Shanghai',
  maxBytes: 50 * 1024 * 1024,
  maxRows: 1_000_000,
  maxProblems: 10_000,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxEntries: 10_000,
} as const;

/** One typed row of the file, with the row number the dealer sees. */
export type FeedRecord = {
  [K in FeedKind]: { readonly kind: K; readonly sheet?: string; readonly row: number; readonly data: FeedRowTypes[K] };
}[FeedKind];

/** A mistake of the caller, not of the file: thrown at once. */
export class FeedOptionsError extends Error {
  override name = 'FeedOptionsError';
}

export interface ResolvedOptions extends ReadFeedOptions {
  readonly timeZone: string;
  readonly maxBytes: number;
  readonly maxRows: number;
  readonly maxProblems: number;
  readonly maxUncompressedBytes: number;
  readonly periodBounds?: PeriodBounds;
}

export function resolveOptions(options: ReadFeedOptions): ResolvedOptions {
  if (options.kind !== undefined && !isFeedKind(options.kind)) throw new FeedOptionsError(`unknown kind ${options.kind}`);
  for (const [sheet, kind] of Object.entries(options.sheets ?? {})) {
    if (!isFeedKind(kind)) throw new FeedOptionsError(`unknown kind ${String(kind)} for sheet ${sheet}`);
  }
  if (options.language !== undefined && !FEED_LANGUAGES.includes(options.language)) {
    throw new FeedOptionsError(`unknown language ${String(options.language)}: one of ${FEED_LANGUAGES.join(', ')}`);
  }
  const timeZone = options.timeZone ?? FEED_DEFAULTS.timeZone;
  try {
    assertTimeZone(timeZone);
  } catch {
    throw new FeedOptionsError(`unknown time zone ${timeZone}`);
  }
  return {
    ...options,
    timeZone,
    maxBytes: positive(options.maxBytes, FEED_DEFAULTS.maxBytes, 'maxBytes'),
    maxRows: positive(options.maxRows, FEED_DEFAULTS.maxRows, 'maxRows'),
    maxProblems: positive(options.maxProblems, FEED_DEFAULTS.maxProblems, 'maxProblems'),
    maxUncompressedBytes: positive(options.maxUncompressedBytes, FEED_DEFAULTS.maxUncompressedBytes, 'maxUncompressedBytes'),
    periodBounds: options.period === undefined ? undefined : periodBounds(options.period, timeZone),
  };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0) throw new FeedOptionsError(`${name} must be a positive integer`);
  return value;
}

export function periodBounds(period: string, timeZone: string): PeriodBounds {
  const days = monthDays(period);
  if (!days) throw new FeedOptionsError(`period must be YYYY-MM, got ${period}`);
  const start = new Date(wallClockToUtc(timeZone, Date.parse(`${days.firstDay}T00:00:00Z`)));
  const end = new Date(wallClockToUtc(timeZone, Date.parse(`${days.nextFirstDay}T00:00:00Z`)));
  return { period, ...days, start, end };
}

import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { CheckedBy, FieldCheck } from '../checked.validator';
import type { FieldProblem } from '../validation';
import { defineEvent } from '../registry';
import { IsCalendarDate, IsDealerCode } from '../domain-rules.validator';
import { NestedList } from '../nested.validator';
import { IsText } from '../text.validator';

/**
 * feeds.events.v1: what the dealer-feeds service publishes (docs/feeds.md "Events").
 * A submission is the stream `feed-<dealer>-<period>-<kind>`; each accepted version is one
 * SubmissionAccepted followed by exactly `chunks` FeedRowsChanged events (chunk 1..chunks), so a
 * consumer knows when it has them all. Rows are the difference from the previous version only.
 */
export const FEED_KINDS_PUBLISHED = ['repairs', 'parts', 'sales', 'warranty-cards', 'satisfaction', 'opinions'] as const;
export type PublishedFeedKind = (typeof FEED_KINDS_PUBLISHED)[number];
export const ROW_CHANGES = ['recorded', 'corrected', 'withdrawn'] as const;
export type RowChange = (typeof ROW_CHANGES)[number];
/** `YYYY-MM`: the month a feed reports on. */
export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
/** At most this many rows in one FeedRowsChanged (and about 256 KiB: the service cuts chunks by both). */
export const MAX_ROWS_PER_CHUNK = 500;

/**
 * A row as published: a flat object keyed by the column keys of docs/feeds.md. Dates are
 * `YYYY-MM-DD`, instants ISO-8601 UTC, money columns integer fen, Y/N columns booleans; a column
 * the dealer left empty is absent.
 */
export type PublishedRow = Record<string, string | number | boolean>;

function isFlatRow(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.length <= 40 && entries.every(([key, v]) =>
    /^[a-z][a-z0-9_]{0,40}$/.test(key) && (typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 4000)));
}

/** One row's change in a FeedRowsChanged (checked by `rowChanges`, not by decorators: 500 to an event). */
export interface FeedRowChangeV1 {
  change: RowChange;
  /** The natural key (docs/feeds.md), its parts joined by `|` (parts: `record_no|part_no`). */
  key: string;
  /** The row of this version; absent when withdrawn. */
  row?: PublishedRow;
}

const CHANGE_FIELDS = new Set(['change', 'key', 'row']);
/** At most this many problems are named for one list (a wholly wrong chunk would name 1,500). */
const MAX_LIST_PROBLEMS = 20;

function changeProblems(change: unknown, field: string): FieldProblem[] {
  if (change === null || typeof change !== 'object' || Array.isArray(change)) return [{ field, reason: 'each value in changes must be an object' }];
  const { change: kind, key, row } = change as Record<string, unknown>;
  const problems: FieldProblem[] = Object.keys(change).filter((name) => !CHANGE_FIELDS.has(name))
    .map((name) => ({ field: `${field}.${name}`, reason: `property ${name} should not exist` }));
  if (kind === undefined) problems.push({ field: `${field}.change`, reason: 'change is required' });
  else if (!(ROW_CHANGES as readonly unknown[]).includes(kind)) problems.push({ field: `${field}.change`, reason: `change must be one of the following values: ${ROW_CHANGES.join(', ')}` });
  if (key === undefined) problems.push({ field: `${field}.key`, reason: 'key is required' });
  else if (typeof key !== 'string' || key.length < 1 || key.length > 200) problems.push({ field: `${field}.key`, reason: 'key must be a string of 1 to 200 characters' });
  if (row !== undefined && !isFlatRow(row)) problems.push({ field: `${field}.row`, reason: 'row must be a flat object of column keys to strings, numbers or booleans' });
  return problems;
}

/** A FeedRowsChanged's changes: a list of at most MAX_ROWS_PER_CHUNK changes, each named by its index when wrong. */
const rowChanges: FieldCheck = (value, field) => {
  if (value === undefined) return [{ field, reason: 'changes is required' }];
  if (!Array.isArray(value)) return [{ field, reason: 'changes must be an array' }];
  if (value.length > MAX_ROWS_PER_CHUNK) return [{ field, reason: `changes must contain no more than ${MAX_ROWS_PER_CHUNK} elements` }];
  const problems: FieldProblem[] = [];
  for (let i = 0; i < value.length && problems.length < MAX_LIST_PROBLEMS; i++) problems.push(...changeProblems(value[i], `${field}.${i}`));
  return problems.slice(0, MAX_LIST_PROBLEMS);
};

class SubmissionRef {
  @IsString() @MinLength(1) @MaxLength(100) submissionId!: string;
  @IsDealerCode() dealerCode!: string;
  @Matches(PERIOD) period!: string;
  @IsIn(FEED_KINDS_PUBLISHED) kind!: PublishedFeedKind;
}

export class SubmissionAcceptedV1 extends SubmissionRef {
  /** 1, 2, ...: a corrected file for the same dealer, period and kind is the next version. */
  @IsInt() @Min(1) version!: number;
  /** sha256 of the file's bytes, hex. */
  @Matches(/^[0-9a-f]{64}$/) contentHash!: string;
  @IsText(255) fileName!: string;
  @IsIn(['csv', 'xlsx', 'jsonl']) format!: 'csv' | 'xlsx' | 'jsonl';
  @IsISO8601({ strict: true }) receivedAt!: string;
  /** After the agreement's feedDueDay of the next month, on the dealer's calendar date. */
  @IsBoolean() late!: boolean;
  @IsCalendarDate() dueDate!: string;
  /** Rows in this version, and how they differ from the previous one. */
  @IsInt() @Min(0) rows!: number;
  @IsInt() @Min(0) recorded!: number;
  @IsInt() @Min(0) corrected!: number;
  @IsInt() @Min(0) withdrawn!: number;
  @IsInt() @Min(0) warnings!: number;
  /** How many FeedRowsChanged events carry this version's changes (0 when nothing changed). */
  @IsInt() @Min(0) chunks!: number;
  /** Who uploaded: the signed-in user's name. */
  @IsOptional() @IsText(100) uploadedBy?: string;
}

export class FeedRowsChangedV1 extends SubmissionRef {
  @IsInt() @Min(1) version!: number;
  /** 1..chunks of the version's SubmissionAccepted. */
  @IsInt() @Min(1) chunk!: number;
  @IsInt() @Min(1) chunks!: number;
  @CheckedBy(rowChanges) changes!: FeedRowChangeV1[];
}

/** A file refused whole (docs/feeds.md "All or nothing"); its problems stay with the service. */
export class SubmissionRejectedV1 extends SubmissionRef {
  @Matches(/^[0-9a-f]{64}$/) contentHash!: string;
  @IsText(255) fileName!: string;
  @IsISO8601({ strict: true }) receivedAt!: string;
  @IsInt() @Min(1) errors!: number;
  @IsInt() @Min(0) warnings!: number;
  @IsOptional() @IsText(100) uploadedBy?: string;
}

/** No accepted version of a kind by the due date (the scheduler records it once per dealer × kind × period). */
export class FeedOverdueV1 {
  @IsDealerCode() dealerCode!: string;
  @Matches(PERIOD) period!: string;
  @IsIn(FEED_KINDS_PUBLISHED) kind!: PublishedFeedKind;
  @IsCalendarDate() dueDate!: string;
  @IsCalendarDate() recordedOn!: string;
}

export const FLAG_RULES = [
  'repair-on-unknown-serial', 'card-for-other-dealers-unit', 'dated-before-delivery', 'parts-without-repair', 'serial-carded-by-two-dealers',
] as const;
export type FlagRule = (typeof FLAG_RULES)[number];

export class FlagEvidenceV1 {
  /** A feed row (submissionId, version, key) or a contracts fact (source 'contracts', key e.g. the serial). */
  @IsIn(['feed', 'contracts']) source!: 'feed' | 'contracts';
  @IsOptional() @IsString() @MaxLength(100) submissionId?: string;
  /** The dealer whose submission holds the row (added in place: optional, older events lack it). */
  @IsOptional() @IsDealerCode() dealerCode?: string;
  @IsOptional() @IsInt() @Min(1) version?: number;
  @IsOptional() @IsIn(FEED_KINDS_PUBLISHED) kind?: PublishedFeedKind;
  @IsString() @MinLength(1) @MaxLength(200) key!: string;
  @IsOptional() @IsText(500) detail?: string;
}

/** A cross-feed consistency flag (docs/feeds.md "Flags"): its rule and its evidence. */
export class FlagRaisedV1 {
  @IsString() @MinLength(1) @MaxLength(200) flagId!: string;
  @IsDealerCode() dealerCode!: string;
  @Matches(PERIOD) period!: string;
  @IsIn(FLAG_RULES) rule!: FlagRule;
  @IsString() @MinLength(1) @MaxLength(200) subject!: string;
  @NestedList(() => FlagEvidenceV1, 50) evidence!: FlagEvidenceV1[];
}

export class FlagDismissedV1 {
  @IsString() @MinLength(1) @MaxLength(200) flagId!: string;
  @IsDealerCode() dealerCode!: string;
  @IsText(500) reason!: string;
  @IsText(100) dismissedBy!: string;
}

/** Later facts settled a raised flag (a delivery arrived, a row was corrected or withdrawn); it may be raised again. */
export class FlagClearedV1 {
  @IsString() @MinLength(1) @MaxLength(200) flagId!: string;
  @IsDealerCode() dealerCode!: string;
  @Matches(PERIOD) period!: string;
  @IsIn(FLAG_RULES) rule!: FlagRule;
  @IsString() @MinLength(1) @MaxLength(200) subject!: string;
}

export const FeedsEvents = {
  SubmissionAccepted: defineEvent('feeds.SubmissionAccepted', 1, SubmissionAcceptedV1),
  FeedRowsChanged: defineEvent('feeds.FeedRowsChanged', 1, FeedRowsChangedV1),
  SubmissionRejected: defineEvent('feeds.SubmissionRejected', 1, SubmissionRejectedV1),
  FeedOverdue: defineEvent('feeds.FeedOverdue', 1, FeedOverdueV1),
  FlagRaised: defineEvent('feeds.FlagRaised', 1, FlagRaisedV1),
  FlagDismissed: defineEvent('feeds.FlagDismissed', 1, FlagDismissedV1),
  FlagCleared: defineEvent('feeds.FlagCleared', 1, FlagClearedV1),
} as const;

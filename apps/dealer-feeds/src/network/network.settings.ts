import { ServiceSettings, validateSettings, WholeNumberSetting } from '@aftersales/service-kit';
import { FEED_KINDS_PUBLISHED, PublishedFeedKind } from '@aftersales/integration-events';
import { IsOptional, Matches } from 'class-validator';

const KINDS = new RegExp(`^(${FEED_KINDS_PUBLISHED.join('|')})(,(${FEED_KINDS_PUBLISHED.join('|')}))*$`);

/** The NETWORK area's settings (README "Settings"): the overdue scheduler and the matrix. */
export class NetworkSettings extends ServiceSettings {
  /** How often the overdue scheduler checks the deadlines (ms); the first check runs one interval after the start. */
  @WholeNumberSetting(1_000, 86_400_000, 'an integer from 1000 to 86400000 (milliseconds)') FEEDS_OVERDUE_CHECK_MS?: number;
  /** The kinds every dealer owes each month, comma-separated (default all six). */
  @IsOptional() @Matches(KINDS, { message: (a) => `${a.property} must be kinds of ${FEED_KINDS_PUBLISHED.join(', ')} separated by commas, got '${String(a.value)}'` })
  FEEDS_EXPECTED_KINDS?: string;
  /** The first period the scheduler may record overdue (`YYYY-MM`), for a network that started sending feeds mid-agreement. */
  @IsOptional() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: (a) => `${a.property} must be a month written YYYY-MM, got '${String(a.value)}'` })
  FEEDS_OVERDUE_SINCE?: string;
  /** The longest range the matrix answers, in months. */
  @WholeNumberSetting(1, 60, 'an integer from 1 to 60 (months)') FEEDS_MATRIX_MAX_MONTHS?: number;
}

/** The validated values with their defaults. */
export class NetworkOptions {
  constructor(
    readonly overdueCheckMs = 3_600_000,
    readonly expectedKinds: readonly PublishedFeedKind[] = FEED_KINDS_PUBLISHED,
    readonly overdueSince: string | undefined = undefined,
    readonly matrixMaxMonths = 12,
  ) {}

  /** From an environment; a bad value stops the start with a message naming the setting. */
  static from(env: NodeJS.ProcessEnv = process.env): NetworkOptions {
    const s = validateSettings(NetworkSettings, env);
    const kinds = s.FEEDS_EXPECTED_KINDS ? [...new Set(s.FEEDS_EXPECTED_KINDS.split(','))] as PublishedFeedKind[] : undefined;
    return new NetworkOptions(s.FEEDS_OVERDUE_CHECK_MS, kinds, s.FEEDS_OVERDUE_SINCE, s.FEEDS_MATRIX_MAX_MONTHS);
  }
}

export const networkOptionsProvider = { provide: NetworkOptions, useFactory: () => NetworkOptions.from() };

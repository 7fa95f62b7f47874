import type { FeedKind, FeedLookups } from '@aftersales/feeds';

/** When a dealer's feeds of a month are due (docs/feeds.md "Due dates"). */
export interface FeedDeadline {
  /** feedDueDay of the month after the period, a calendar date in the dealer's time zone. */
  dueDate: string;
  timeZone: string;
  /** The agreement version in force that set it. */
  agreementVersion: number;
}

/**
 * What the submissions need to know of the network (the NETWORK area builds it from
 * contracts.events.v1 and implements it; the submissions depend on this port only).
 */
export abstract class FeedNetwork {
  /** Registered with contracts (contracts.DealerRegistered). */
  abstract isKnownDealer(dealerCode: string): Promise<boolean>;
  /** The dealer's IANA time zone: the times in its files are its local times. Undefined for an unknown dealer. */
  abstract timeZoneOf(dealerCode: string): Promise<string | undefined>;
  /** Undefined when no agreement is in force for the period (then a submission is never late). */
  abstract deadlineOf(dealerCode: string, period: string): Promise<FeedDeadline | undefined>;
  /**
   * The reader's lookups for one dealer's file: known models and parts (the catalog), the
   * technician's certificate valid on the row's date, repair records in the dealer's accepted
   * repairs feeds. `extraRepairRecords` are the record numbers of the same upload's repairs rows.
   * Every source the file's `kind` may ask (any kind when undefined) is read before it resolves:
   * the reader awaits no I/O between rows (exceljs's streaming reader can lose a workbook's later sheets when it does).
   */
  abstract lookupsFor(dealerCode: string, extraRepairRecords?: ReadonlySet<string>, kind?: FeedKind): Promise<FeedLookups>;
}

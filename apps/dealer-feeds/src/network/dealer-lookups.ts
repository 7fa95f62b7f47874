import type { FeedKind, FeedLookups, TechnicianStatus } from '@aftersales/feeds';
import { dateIn } from '@aftersales/calendar';
import { Model } from 'mongoose';
import { CatalogEntry, NetworkCertificate } from './read-models/network.schemas';
import { RepairRecord } from './read-models/repair-records.projection';

type Validity = Pick<NetworkCertificate, 'issuedOn' | 'expiresOn' | 'revokedOn'>;

/** Valid issuedOn..expiresOn inclusive, and no longer from the day it is revoked. */
export const validOn = (c: Validity, date: string) => c.issuedOn <= date && date <= c.expiresOn && !(c.revokedOn && c.revokedOn <= date);

export interface LookupSources {
  catalog: Model<CatalogEntry>;
  certificates: Model<NetworkCertificate>;
  repairRecords: Model<RepairRecord>;
}

/**
 * One file's lookups for one dealer. Each source is read once, on its first question, whatever
 * the rows: the catalog, the dealer's certificates, the dealer's repair record numbers (a
 * 200,000-row file makes three queries, not 200,000).
 */
export class DealerLookups implements FeedLookups {
  private catalogSets?: Promise<{ models: Set<string>; parts: Set<string> }>;
  private certificateMap?: Promise<Map<string, Validity[]>>;
  private records?: Promise<Set<string>>;

  constructor(
    private readonly sources: LookupSources,
    private readonly dealerCode: string,
    /** The dealer's zone, asked only when a technician is checked without a date. */
    private readonly timeZone: () => Promise<string>,
    private readonly extraRepairRecords: ReadonlySet<string> = new Set(),
  ) {}

  /**
   * Reads every source the file's rows may ask before the file is read: the reader then awaits no
   * I/O between rows (exceljs's streaming reader can lose a workbook's later sheets when it does;
   * the reader rejects such a file). Only parts rows name repair records: a file sent as another
   * kind does not read the dealer's record numbers (every month's: the largest source).
   */
  async prepare(kind?: FeedKind): Promise<void> {
    await Promise.all([this.catalog(), this.certificates(), kind === undefined || kind === 'parts' ? this.repairRecords() : undefined, this.timeZone()]);
  }

  /** An empty catalog (none listed yet) checks nothing: every model is taken as known. */

  async isKnownModel(model: string): Promise<boolean> {
    const { models } = await this.catalog();
    return models.size === 0 || models.has(model);
  }

  /** An empty parts catalog checks nothing, likewise. */
  async isKnownPart(partNo: string): Promise<boolean> {
    const { parts } = await this.catalog();
    return parts.size === 0 || parts.has(partNo);
  }

  /**
   * By certificate number (維修員證號, what technician_id carries) or the technician's id, among
   * this dealer's certificates: one valid on `on` (a date, or an instant taken on the dealer's
   * calendar; default: today there) is
   * certified; only expired, revoked or not yet valid ones, uncertified; none, unknown.
   */
  async technicianStatus(technicianId: string, on?: string): Promise<TechnicianStatus> {
    const held = (await this.certificates()).get(technicianId);
    if (!held) return 'unknown';
    // A calendar date is taken as it is; an instant (a repair's resolved_at) is the dealer's date then.
    const date = on && on.length === 10 ? on : dateIn(on ? new Date(on) : Date.now(), await this.timeZone());
    return held.some((c) => validOn(c, date)) ? 'certified' : 'uncertified';
  }

  async isKnownRepairRecord(recordNo: string): Promise<boolean> {
    return this.extraRepairRecords.has(recordNo) || (await this.repairRecords()).has(recordNo);
  }

  private catalog() {
    return (this.catalogSets ??= (async () => {
      const models = new Set<string>();
      const parts = new Set<string>();
      for await (const e of this.sources.catalog.find({}, { entry: 1, code: 1 }).lean<CatalogEntry>().cursor()) (e.entry === 'model' ? models : parts).add(e.code);
      return { models, parts };
    })());
  }

  private certificates() {
    return (this.certificateMap ??= (async () => {
      const map = new Map<string, Validity[]>();
      const add = (key: string, c: Validity) => map.set(key, [...(map.get(key) ?? []), c]);
      for (const c of await this.sources.certificates.find({ dealerCode: this.dealerCode }).lean<NetworkCertificate[]>().exec()) {
        add(c._id, c);
        if (c.technicianId !== c._id) add(c.technicianId, c);
      }
      return map;
    })());
  }

  private repairRecords() {
    return (this.records ??= (async () => {
      const numbers = new Set<string>();
      for await (const r of this.sources.repairRecords.find({ dealerCode: this.dealerCode }, { _id: 0, recordNo: 1 }).lean<RepairRecord>().cursor()) numbers.add(r.recordNo);
      return numbers;
    })());
  }
}

import type { FeedKind, FeedLookups } from '@aftersales/feeds';
import { dueDateOf, lastDayOf } from '@aftersales/dealer-feeds-domain';
import { versionInForce } from '@aftersales/integration-events';
import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { DealerLookups } from './dealer-lookups';
import { FeedDeadline, FeedNetwork } from './feed-network.port';
import { CatalogEntry, NetworkAgreement, NetworkCertificate, NetworkDealer } from './read-models/network.schemas';
import { RepairRecord } from './read-models/repair-records.projection';

/** FeedNetwork on the NETWORK area's read models of contracts.events.v1 and feeds.events.v1. */
@Injectable()
export class MongooseFeedNetwork extends FeedNetwork {
  constructor(
    @InjectModel(NetworkDealer.name) private readonly dealers: Model<NetworkDealer>,
    @InjectModel(NetworkAgreement.name) private readonly agreements: Model<NetworkAgreement>,
    @InjectModel(NetworkCertificate.name) private readonly certificates: Model<NetworkCertificate>,
    @InjectModel(CatalogEntry.name) private readonly catalog: Model<CatalogEntry>,
    @InjectModel(RepairRecord.name) private readonly repairRecords: Model<RepairRecord>,
  ) {
    super();
  }

  async isKnownDealer(dealerCode: string): Promise<boolean> {
    return (await this.dealer(dealerCode)) !== null;
  }

  async timeZoneOf(dealerCode: string): Promise<string | undefined> {
    return (await this.dealer(dealerCode))?.timeZone;
  }

  /**
   * The agreement in force on the period's last day (the shared rule `versionInForce`: a later
   * version supersedes from its validFrom) sets the due date: its feedDueDay of the next month,
   * on the dealer's calendar. A period whose last day no agreement covers has no due date.
   */
  async deadlineOf(dealerCode: string, period: string): Promise<FeedDeadline | undefined> {
    const dealer = await this.dealer(dealerCode);
    if (!dealer) return undefined;
    const versions = await this.agreements.find({ dealerCode }).lean<NetworkAgreement[]>().exec();
    const agreement = versionInForce(versions, lastDayOf(period));
    if (!agreement) return undefined;
    return { dueDate: dueDateOf(period, agreement.feedDueDay), timeZone: dealer.timeZone, agreementVersion: agreement.agreementVersion };
  }

  /**
   * The lookups read the dealer's time zone with its certificates; an unknown dealer (refused by
   * the submissions before they read) gets Asia/Shanghai for "today".
   */
  async lookupsFor(dealerCode: string, extraRepairRecords?: ReadonlySet<string>, kind?: FeedKind): Promise<FeedLookups> {
    const sources = { catalog: this.catalog, certificates: this.certificates, repairRecords: this.repairRecords };
    const lookups = new DealerLookups(sources, dealerCode, async () => (await this.timeZoneOf(dealerCode)) ?? 'Asia/Shanghai', extraRepairRecords);
    await lookups.prepare(kind);
    return lookups;
  }

  private dealer(dealerCode: string): Promise<NetworkDealer | null> {
    return orNoMatch(this.dealers.findById(dealerCode).lean<NetworkDealer>().exec(), null);
  }
}

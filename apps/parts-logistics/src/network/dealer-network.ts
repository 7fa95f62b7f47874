import { versionInForce } from '@aftersales/integration-events';
import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { PartsDealer, PartsTerms } from './network.projection';

/** Port: the dealers and agreement terms parts logistics knows of (from contracts' events, a moment behind). */
export abstract class DealerNetwork {
  abstract dealer(dealerCode: string): Promise<PartsDealer | null>;
  /** The agreement in force on a date, by the rule contracts publishes; null when none is. */
  abstract termsOn(dealerCode: string, date: string): Promise<PartsTerms | null>;
  /** A dealer and its sub-dealers' codes. */
  abstract within(dealerCode: string): Promise<string[]>;
}

@Injectable()
export class MongooseDealerNetwork extends DealerNetwork {
  constructor(@InjectModel(PartsDealer.name) private readonly dealers: Model<PartsDealer>, @InjectModel(PartsTerms.name) private readonly terms: Model<PartsTerms>) {
    super();
  }

  dealer(dealerCode: string): Promise<PartsDealer | null> {
    return orNoMatch(this.dealers.findById(dealerCode).lean<PartsDealer>().exec(), null);
  }

  async termsOn(dealerCode: string, date: string): Promise<PartsTerms | null> {
    const versions = await orNoMatch(this.terms.find({ dealerCode }).sort({ agreementVersion: 1 }).lean<PartsTerms[]>().exec(), []);
    return versionInForce(versions, date) ?? null;
  }

  async within(dealerCode: string): Promise<string[]> {
    const subs = await this.dealers.find({ parentDealerCode: dealerCode }, { _id: 1 }).lean<{ _id: string }[]>().exec();
    return [dealerCode, ...subs.map((d) => d._id)];
  }
}

import { orNoMatch } from '@aftersales/mongo';
import { FlagRule } from '@aftersales/integration-events';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { FeedFlag, FlagStatusName } from './feed-flags.projection';

export interface FlagFilter {
  dealerCode?: string;
  period?: string;
  rule?: FlagRule;
  status?: FlagStatusName;
}

/** Port: the flags as the feed-flags read model has them (a second or so behind their events). */
export abstract class FeedFlags {
  abstract list(filter: FlagFilter, page: { skip: number; limit: number }): Promise<{ total: number; flags: FeedFlag[] }>;
  abstract get(dealerCode: string, flagId: string): Promise<FeedFlag | undefined>;
}

@Injectable()
export class MongooseFeedFlags extends FeedFlags {
  constructor(@InjectModel(FeedFlag.name) private readonly flags: Model<FeedFlag>) {
    super();
  }

  async list(filter: FlagFilter, { skip, limit }: { skip: number; limit: number }): Promise<{ total: number; flags: FeedFlag[] }> {
    const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    const [flags, total] = await Promise.all([
      // Newest month first, then the most recently raised; the id breaks ties so pages never overlap.
      orNoMatch(this.flags.find(query, { history: 0 }).sort({ period: -1, raisedAt: -1, _id: 1 }).skip(skip).limit(limit).lean<FeedFlag[]>().exec(), []),
      orNoMatch(this.flags.countDocuments(query).exec(), 0),
    ]);
    return { total, flags };
  }

  async get(dealerCode: string, flagId: string): Promise<FeedFlag | undefined> {
    const flag = await orNoMatch(this.flags.findOne({ _id: flagId, dealerCode }).lean<FeedFlag>().exec(), null);
    return flag ?? undefined;
  }
}

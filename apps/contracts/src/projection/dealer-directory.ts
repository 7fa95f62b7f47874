import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { DealerView } from './contracts.projection';

export interface DealerPage {
  total: number;
  items: DealerView[];
}

/** Port: the registered dealers as the read model has them (usually within a second of registration). */
export abstract class DealerDirectory {
  abstract find(code: string): Promise<DealerView | null>;
  /** Dealers in code order, of one region when given. */
  abstract list(page: { region?: string; skip: number; limit: number }): Promise<DealerPage>;
}

@Injectable()
export class MongooseDealerDirectory extends DealerDirectory {
  constructor(@InjectModel(DealerView.name) private readonly dealers: Model<DealerView>) {
    super();
  }

  find(code: string): Promise<DealerView | null> {
    return orNoMatch(this.dealers.findById(code).lean<DealerView>().exec(), null);
  }

  async list({ region, skip, limit }: { region?: string; skip: number; limit: number }): Promise<DealerPage> {
    const filter = region ? { region } : {};
    const [items, total] = await Promise.all([
      orNoMatch(this.dealers.find(filter).sort({ _id: 1 }).skip(skip).limit(limit).lean<DealerView[]>().exec(), []),
      orNoMatch(this.dealers.countDocuments(filter).exec(), 0),
    ]);
    return { total, items };
  }
}

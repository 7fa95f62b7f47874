import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { KnownDealer } from './terms.projection';

/** Port: the dealers settlements knows of (from contracts' events). */
export abstract class KnownDealers {
  /** The dealer with this code, or null when contracts has not registered it (or it has not arrived yet). */
  abstract find(dealerCode: string): Promise<KnownDealer | null>;
}

@Injectable()
export class MongooseKnownDealers extends KnownDealers {
  constructor(@InjectModel(KnownDealer.name) private readonly dealers: Model<KnownDealer>) {
    super();
  }

  find(dealerCode: string): Promise<KnownDealer | null> {
    return orNoMatch(this.dealers.findById(dealerCode).lean<KnownDealer>().exec(), null);
  }
}

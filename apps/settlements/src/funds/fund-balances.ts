import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';
import { FundBalance, fundBalanceId } from './fund-balance.projection';

/** The sums of one region's funds in a quarter, in fen; `region` null: funds written without one. */
export interface RegionSums {
  region: string | null;
  dealers: number;
  paymentsFen: number;
  accrualFen: number;
  chargesFen: number;
  balanceFen: number;
}

/** Port: the fund balances as the fund-balance projection has them (a second or so behind the funds). */
export abstract class FundBalances {
  /** The dealer's fund in the quarter, or null before its first accrual. */
  abstract find(dealerCode: string, quarter: string): Promise<FundBalance | null>;
  /** Every quarter of the dealer's fund that has accrued, oldest first. */
  abstract quartersOf(dealerCode: string): Promise<FundBalance[]>;
  /** The quarter's funds summed by region, in region order. */
  abstract sumsByRegion(quarter: string): Promise<RegionSums[]>;
  /** The quarter's funds written without a region (the dealer was not known yet). */
  abstract withoutRegion(quarter: string): Promise<FundBalance[]>;
}

@Injectable()
export class MongooseFundBalances extends FundBalances {
  constructor(@InjectModel(FundBalance.name) private readonly balances: Model<FundBalance>) {
    super();
  }

  find(dealerCode: string, quarter: string): Promise<FundBalance | null> {
    return orNoMatch(this.balances.findById(fundBalanceId(dealerCode, quarter)).lean<FundBalance>().exec(), null);
  }

  quartersOf(dealerCode: string): Promise<FundBalance[]> {
    // YYYYQn sorts as text in time order.
    return orNoMatch(this.balances.find({ dealerCode }).sort({ quarter: 1 }).lean<FundBalance[]>().exec(), []);
  }

  async sumsByRegion(quarter: string): Promise<RegionSums[]> {
    // $match, $group with $sum and $sort only: what FerretDB runs as MongoDB does. Integer
    // sums are exact while they stay within 2^53 fen (each fund's total is bounded by it).
    const groups = await this.balances.aggregate<Omit<RegionSums, 'region'> & { _id: string | null }>([
      { $match: { quarter: String(quarter) } },
      { $group: { _id: '$region', dealers: { $sum: 1 }, paymentsFen: { $sum: '$paymentsFen' }, accrualFen: { $sum: '$accrualFen' },
        chargesFen: { $sum: '$chargesFen' }, balanceFen: { $sum: '$balanceFen' } } },
      { $sort: { _id: 1 } },
    ]).exec();
    return groups.map(({ _id, ...sums }) => ({ region: _id ?? null, ...sums }));
  }

  withoutRegion(quarter: string): Promise<FundBalance[]> {
    return orNoMatch(this.balances.find({ quarter, region: mongoose.trusted({ $exists: false }) }).lean<FundBalance[]>().exec(), []);
  }
}

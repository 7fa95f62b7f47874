import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { FundBalance, fundBalanceId } from './fund-balance.projection';

/** Port: the fund balances as the fund-balance projection has them (a second or so behind the funds). */
export abstract class FundBalances {
  /** The dealer's fund in the quarter, or null before its first accrual. */
  abstract find(dealerCode: string, quarter: string): Promise<FundBalance | null>;
}

@Injectable()
export class MongooseFundBalances extends FundBalances {
  constructor(@InjectModel(FundBalance.name) private readonly balances: Model<FundBalance>) {
    super();
  }

  find(dealerCode: string, quarter: string): Promise<FundBalance | null> {
    return orNoMatch(this.balances.findById(fundBalanceId(dealerCode, quarter)).lean<FundBalance>().exec(), null);
  }
}

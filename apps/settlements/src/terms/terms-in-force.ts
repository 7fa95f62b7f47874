import { AgreementFundTermsV1, versionInForce } from '@aftersales/integration-events';
import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AgreementTerms } from './terms.projection';

/** Port: the agreement terms settlements knows of, by the rule contracts publishes (`versionInForce`). */
export abstract class TermsInForce {
  /**
   * The agreement in force on a date: a later version supersedes the earlier ones from its
   * validFrom on, and an earlier one never comes back. Null when none is.
   */
  abstract on(dealerCode: string, date: string): Promise<AgreementTerms | null>;
  /** Every agreement version of the dealer with its fund terms, oldest first: what the fund rates payments by. */
  abstract versionsOf(dealerCode: string): Promise<AgreementFundTermsV1[]>;
}

@Injectable()
export class MongooseTermsInForce extends TermsInForce {
  constructor(@InjectModel(AgreementTerms.name) private readonly terms: Model<AgreementTerms>) {
    super();
  }

  async on(dealerCode: string, date: string): Promise<AgreementTerms | null> {
    // One query for the dealer's few versions; the date rule runs on them.
    return versionInForce(await this.all(dealerCode), date) ?? null;
  }

  async versionsOf(dealerCode: string): Promise<AgreementFundTermsV1[]> {
    return (await this.all(dealerCode)).map(({ agreementVersion, validFrom, validTo, fundModel, fundRateBp }) => (
      fundModel === 'revenue-share' ? { agreementVersion, validFrom, validTo, fundModel, fundRateBp } : { agreementVersion, validFrom, validTo, fundModel }));
  }

  private all(dealerCode: string): Promise<AgreementTerms[]> {
    return orNoMatch(this.terms.find({ dealerCode }).sort({ agreementVersion: 1 }).lean<AgreementTerms[]>().exec(), []);
  }
}

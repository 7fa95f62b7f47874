import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AgreementView } from './contracts.projection';

/** Port: the agreement versions as the read model has them. */
export abstract class AgreementVersions {
  /** Every version of the dealer, oldest first. */
  abstract of(dealerCode: string): Promise<AgreementView[]>;
}

@Injectable()
export class MongooseAgreementVersions extends AgreementVersions {
  constructor(@InjectModel(AgreementView.name) private readonly agreements: Model<AgreementView>) {
    super();
  }

  of(dealerCode: string): Promise<AgreementView[]> {
    return orNoMatch(this.agreements.find({ dealerCode }).sort({ agreementVersion: 1 }).lean<AgreementView[]>().exec(), []);
  }
}

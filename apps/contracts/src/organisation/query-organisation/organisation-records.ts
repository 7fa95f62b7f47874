import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CertificateView, OrganisationChangeView } from '../read-model/organisation.views';

/** Port: a dealer's notified changes and its technicians' certificates, as the read model has them. */
export abstract class OrganisationRecords {
  /** Every change of the dealer, in the order notified. */
  abstract changesOf(dealerCode: string): Promise<OrganisationChangeView[]>;
  abstract certificatesOf(dealerCode: string): Promise<CertificateView[]>;
}

@Injectable()
export class MongooseOrganisationRecords extends OrganisationRecords {
  constructor(
    @InjectModel(OrganisationChangeView.name) private readonly changes: Model<OrganisationChangeView>,
    @InjectModel(CertificateView.name) private readonly certificates: Model<CertificateView>,
  ) {
    super();
  }

  changesOf(dealerCode: string): Promise<OrganisationChangeView[]> {
    return orNoMatch(this.changes.find({ dealerCode }).sort({ version: 1 }).lean<OrganisationChangeView[]>().exec(), []);
  }

  certificatesOf(dealerCode: string): Promise<CertificateView[]> {
    return orNoMatch(this.certificates.find({ dealerCode }).sort({ technicianId: 1, issuedOn: 1 }).lean<CertificateView[]>().exec(), []);
  }
}

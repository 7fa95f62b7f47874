import { AgreementTerms } from './agreement-terms';

/** A version of a dealer's agreement was signed: a renewal or amendment is a new version. */
export type AgreementSigned = {
  type: 'AgreementSigned';
  data: {
    agreementId: string;
    dealerCode: string;
    /** 1, 2, 3...: numbered without gaps within the dealer's agreements. */
    agreementVersion: number;
    validFrom: string;
    validTo: string;
    /** The version this one supersedes from its validFrom, if any. */
    supersedesVersion?: number;
    terms: AgreementTerms;
  };
};

export type AgreementEvent = AgreementSigned;

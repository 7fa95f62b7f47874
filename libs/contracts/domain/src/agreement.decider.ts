import { Decider, invalid } from '@aftersales/event-sourcing';
import { AgreementSignedV1, AgreementTermsV1, ContractsEvents, DataOf } from '@aftersales/integration-events';

export type AgreementEvent = { type: typeof ContractsEvents.AgreementSigned.type; data: DataOf<typeof ContractsEvents.AgreementSigned> };

export type SignAgreement = {
  type: 'SignAgreement';
  data: { agreementId: string; dealerCode: string; validFrom: string; validTo: string; terms: AgreementTermsV1 };
};

export interface AgreementVersion {
  agreementVersion: number;
  validFrom: string;
  validTo: string;
}

export interface AgreementsState {
  versions: AgreementVersion[];
}

/** All agreement versions of one dealer live in one stream, so versions are numbered without gaps. */
export const agreementsStreamId = (dealerCode: string) => `agreements-${dealerCode}`;

/**
 * A renewal or amendment is a new version; it supersedes the latest one from its validFrom
 * (the older version stays in force before that date).
 */
export const agreementDecider: Decider<SignAgreement, AgreementEvent, AgreementsState> = {
  initialState: () => ({ versions: [] }),
  decide({ data }, state) {
    if (data.validTo < data.validFrom) throw invalid('validTo must not be before validFrom', 'validTo');
    const latest = state.versions.at(-1);
    const signed: AgreementSignedV1 = {
      agreementId: data.agreementId,
      dealerCode: data.dealerCode,
      agreementVersion: (latest?.agreementVersion ?? 0) + 1,
      validFrom: data.validFrom,
      validTo: data.validTo,
      terms: data.terms,
    };
    if (latest) signed.supersedesVersion = latest.agreementVersion;
    return [{ type: ContractsEvents.AgreementSigned.type, data: signed }];
  },
  evolve(state, { data }) {
    return { versions: [...state.versions, { agreementVersion: data.agreementVersion, validFrom: data.validFrom, validTo: data.validTo }] };
  },
};

/**
 * The version in force on a date: the newest version whose validity covers it. Shared rule
 * for every reader of agreement events.
 */
export function versionInForce<T extends AgreementVersion>(versions: readonly T[], date: string): T | undefined {
  return versions
    .filter((v) => v.validFrom <= date && date <= v.validTo)
    .reduce<T | undefined>((best, v) => (!best || v.agreementVersion > best.agreementVersion ? v : best), undefined);
}

import { Decider, exhaustive, invalid } from '@aftersales/event-sourcing';
import { AgreementValidity, latestVersion } from '@aftersales/published-rules';
import { AgreementTerms } from './agreement-terms';
import { AgreementEvent, AgreementSigned } from './agreement.events';

export type SignAgreement = {
  type: 'SignAgreement';
  data: { agreementId: string; dealerCode: string; validFrom: string; validTo: string; terms: AgreementTerms };
};

export type AgreementVersion = AgreementValidity;

export interface AgreementsState {
  versions: AgreementVersion[];
}

/** All agreement versions of one dealer live in one stream, so versions are numbered without gaps. */
export const agreementsStreamId = (dealerCode: string) => `agreements-${dealerCode}`;

/**
 * A renewal or amendment is a new version; it supersedes every earlier one from its validFrom
 * on (`versionInForce`, the rule every reader shares). A version that ends before the latest
 * one starts is refused: it would take the latest one's place on every day and then leave no
 * agreement in force, which nobody signs on purpose.
 */
export const agreementDecider: Decider<SignAgreement, AgreementEvent, AgreementsState> = {
  initialState: () => ({ versions: [] }),
  decide({ data }, state) {
    if (data.validTo < data.validFrom) throw invalid('validTo must not be before validFrom', 'validTo');
    const latest = latestVersion(state.versions);
    if (latest && data.validTo < latest.validFrom) {
      throw invalid(`validTo ${data.validTo} ends before version ${latest.agreementVersion} starts (${latest.validFrom}): ` +
        'a new version supersedes it from its validFrom, so it must run at least to that day', 'validTo');
    }
    const signed: AgreementSigned['data'] = {
      agreementId: data.agreementId,
      dealerCode: data.dealerCode,
      agreementVersion: (latest?.agreementVersion ?? 0) + 1,
      validFrom: data.validFrom,
      validTo: data.validTo,
      terms: data.terms,
    };
    if (latest) signed.supersedesVersion = latest.agreementVersion;
    return [{ type: 'AgreementSigned', data: signed }];
  },
  evolve(state, event) {
    switch (event.type) {
      case 'AgreementSigned': {
        const { agreementVersion, validFrom, validTo } = event.data;
        return { versions: [...state.versions, { agreementVersion, validFrom, validTo }] };
      }
      default:
        return exhaustive(event.type, 'agreement event');
    }
  },
};

/** The version in force on a date: the contracts published language holds the rule for every reader. */
export { versionInForce } from '@aftersales/published-rules';

import { Decider, exhaustive, invalid } from '@aftersales/event-sourcing';
import { AgreementValidity, latestVersion } from '@aftersales/published-rules';
import { completeTerms, RequestedTerms } from './agreement-defaults';
import { AgreementEvent, AgreementSigned } from './agreement.events';

/**
 * The use case's one command: the controller builds it from the request (with a new
 * agreementId), the CommandBus carries it as it is (the app's `@CommandHandler(SignAgreement)`
 * marks the class), and the decider takes it unchanged. It needs no facts besides: the
 * handler only checks that the dealer exists and that the terms fit the published schema.
 */
export class SignAgreement {
  constructor(
    readonly agreementId: string,
    readonly dealerCode: string,
    readonly validFrom: string,
    readonly validTo: string,
    readonly terms: RequestedTerms,
  ) {}
}

export type AgreementVersion = AgreementValidity;

export interface AgreementsState {
  versions: AgreementVersion[];
}

/** All agreement versions of one dealer live in one stream, so versions are numbered without gaps. */
export const agreementsStreamId = (dealerCode: string) => `agreements-${dealerCode}`;

/**
 * A version states the complete terms: what the command leaves out takes the default. A
 * renewal or amendment is a new version; it supersedes every earlier one from its validFrom
 * on (`versionInForce`, the rule every reader shares). A version that ends before the latest
 * one starts is refused: it would take the latest one's place on every day and then leave no
 * agreement in force, which nobody signs on purpose.
 */
export const agreementDecider: Decider<SignAgreement, AgreementEvent, AgreementsState> = {
  initialState: () => ({ versions: [] }),
  decide(command, state) {
    if (command.validTo < command.validFrom) throw invalid('validTo must not be before validFrom', 'validTo');
    const latest = latestVersion(state.versions);
    if (latest && command.validTo < latest.validFrom) {
      throw invalid(`validTo ${command.validTo} ends before version ${latest.agreementVersion} starts (${latest.validFrom}): ` +
        'a new version supersedes it from its validFrom, so it must run at least to that day', 'validTo');
    }
    const signed: AgreementSigned['data'] = {
      agreementId: command.agreementId,
      dealerCode: command.dealerCode,
      agreementVersion: (latest?.agreementVersion ?? 0) + 1,
      validFrom: command.validFrom,
      validTo: command.validTo,
      terms: completeTerms(command.terms),
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

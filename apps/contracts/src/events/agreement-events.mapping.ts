import { AgreementEvent } from '@aftersales/contracts-domain';
import { EventCodec, exhaustive, pickDefined, UnknownEventType } from '@aftersales/event-sourcing';
import { ContractsEvents, isPublishedAs, published } from '@aftersales/integration-events';
import { termsOf, termsV1 } from './agreement-terms.mapping';

const { AgreementSigned } = ContractsEvents;
/** The fields contracts.AgreementSigned@1 publishes besides its terms, each named (see pickDefined). */
const SIGNED_FIELDS = ['agreementId', 'dealerCode', 'agreementVersion', 'validFrom', 'validTo', 'supersedesVersion'] as const;

/** An agreements stream's events ↔ the published contracts.AgreementSigned. */
export const agreementEvents: EventCodec<AgreementEvent> = {
  toPublished(event) {
    switch (event.type) {
      case 'AgreementSigned':
        return published(AgreementSigned, { ...pickDefined(event.data, SIGNED_FIELDS), terms: termsV1(event.data.terms) });
      default: return exhaustive(event.type, 'agreement event');
    }
  },
  fromPublished(event) {
    if (isPublishedAs(AgreementSigned, event)) {
      return { type: 'AgreementSigned', data: { ...pickDefined(event.data, SIGNED_FIELDS), terms: termsOf(event.data.terms) } };
    }
    throw new UnknownEventType(event, 'agreements');
  },
};

import { EventCodec, exhaustive, pickDefined, UnknownEventType } from '@aftersales/event-sourcing';
import {
  AgreementFundTermsV1, FundReRatedV1, isPublishedAs, PaymentRatingV1, published, ReRatedPaymentV1, SettlementsEvents,
} from '@aftersales/integration-events';
import { AgreementFundTerms, FundEvent, FundReRated, Rating, ReRatedPayment } from '@aftersales/settlements-domain';

const { FundAccrued: ACCRUED, FundReRated: RE_RATED, FundTermsUpdated: TERMS_UPDATED, FundChargedForParts: CHARGED } = SettlementsEvents;

// The fields each published schema holds, each named (see pickDefined). Names are the same on
// both sides today; a domain rename makes these lists fail to compile until the codec maps it.
const FUND = ['dealerCode', 'quarter'] as const;
const TOTALS = ['paymentsFen', 'accrualFen', 'accrualDeltaFen', 'chargesFen'] as const;
const CHARGED_FIELDS = [...FUND, 'requisitionId', 'shipmentId', 'shippedOn', 'agreementVersion', 'fundModel', 'partsQuotaBp', 'paymentsToDateFen', 'quotaFen',
  'issuedFen', 'chargedFen', 'excessInvoicedFen', 'freightInvoicedFen', 'paymentsFen', 'accrualFen', 'chargesFen'] as const;
const LINE_FIELDS = ['lineNo', 'code', 'quantity', 'amountFen'] as const;
const ACCRUED_FIELDS = [...FUND, ...TOTALS, 'paymentId', 'paymentFen', 'receivedOn', 'agreementVersion', 'fundModel', 'fundRateBp'] as const;
const TERMS_FIELDS = ['agreementVersion', 'validFrom', 'validTo', 'fundModel', 'fundRateBp'] as const;
const RATING_FIELDS = ['agreementVersion', 'fundModel', 'fundRateBp'] as const;
const RE_RATED_PAYMENT_FIELDS = ['paymentId', 'paymentFen', 'receivedOn'] as const;

const terms = (versions: readonly (AgreementFundTerms | AgreementFundTermsV1)[]) => versions.map((v) => pickDefined(v, TERMS_FIELDS));
const rerated = (p: ReRatedPayment | ReRatedPaymentV1) => ({
  ...pickDefined(p, RE_RATED_PAYMENT_FIELDS), from: rating(p.from), to: rating(p.to),
});
const rating = (r: Rating | PaymentRatingV1) => pickDefined(r, RATING_FIELDS);

function reRatedV1({ data }: FundReRated): FundReRatedV1 {
  return { ...pickDefined(data, [...FUND, ...TOTALS]), agreementVersions: terms(data.agreementVersions), payments: data.payments.map(rerated) };
}

function reRated(data: FundReRatedV1): FundReRated {
  return { type: 'FundReRated', data: { ...pickDefined(data, [...FUND, ...TOTALS]), agreementVersions: terms(data.agreementVersions),
    payments: data.payments.map(rerated) } };
}

/** A quarter fund's events ↔ the published settlements.FundAccrued, FundReRated and FundTermsUpdated. */
export const fundEvents: EventCodec<FundEvent> = {
  toPublished(event) {
    switch (event.type) {
      case 'FundAccrued': return published(ACCRUED, pickDefined(event.data, ACCRUED_FIELDS));
      case 'FundReRated': return published(RE_RATED, reRatedV1(event));
      case 'FundTermsUpdated':
        return published(TERMS_UPDATED, { ...pickDefined(event.data, FUND), agreementVersions: terms(event.data.agreementVersions) });
      case 'FundChargedForParts':
        return published(CHARGED, { ...pickDefined(event.data, CHARGED_FIELDS), lines: event.data.lines.map((l) => pickDefined(l, LINE_FIELDS)) });
      default: return exhaustive(event, 'fund event');
    }
  },
  fromPublished(event): FundEvent {
    if (isPublishedAs(ACCRUED, event)) return { type: 'FundAccrued', data: pickDefined(event.data, ACCRUED_FIELDS) };
    if (isPublishedAs(RE_RATED, event)) return reRated(event.data);
    if (isPublishedAs(TERMS_UPDATED, event)) {
      return { type: 'FundTermsUpdated', data: { ...pickDefined(event.data, FUND), agreementVersions: terms(event.data.agreementVersions) } };
    }
    if (isPublishedAs(CHARGED, event)) {
      return { type: 'FundChargedForParts', data: { ...pickDefined(event.data, CHARGED_FIELDS), lines: event.data.lines.map((l) => pickDefined(l, LINE_FIELDS)) } };
    }
    throw new UnknownEventType(event, 'fund');
  },
};

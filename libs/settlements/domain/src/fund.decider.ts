import { Decider, exhaustive, invalid } from '@aftersales/event-sourcing';
import { RE_RATED_PAYMENTS_PER_EVENT } from '@aftersales/published-rules';
import { BASIS_POINTS_PER_UNIT, divideRoundHalfUp, MoneyError, toSafeFen } from '@aftersales/money';
import { ChargeParts, chargeParts } from './fund-charges';
import { knownThrough, ratingOn, sameRating } from './fund-rating';
import { CountedPayment, evolveFund, FundState, initialFundState } from './fund-state';
import { AgreementFundTerms, FundEvent, FundModel, Rating, ReRatedPayment } from './fund.events';

export type { FundState } from './fund-state';

/** A recorded payment, with the agreement version and rate it was recorded under (rule 1: pure deciders). */
export type AccruePayment = {
  type: 'AccruePayment';
  data: {
    dealerCode: string; quarter: string; paymentId: string; paymentFen: number; receivedOn: string;
    agreementVersion: number; fundModel: FundModel; fundRateBp?: number;
  };
};

/** The dealer's agreement versions as settlements knows them now: the fund re-rates what they change. */
export type ReRateFund = {
  type: 'ReRateFund';
  data: { dealerCode: string; quarter: string; agreementVersions: AgreementFundTerms[] };
};

export type FundCommand = AccruePayment | ReRateFund | ChargeParts;

export const fundStreamId = (dealerCode: string, quarter: string) => `fund-${dealerCode}-${quarter}`;

/**
 * 第三條 1: accrual(q) = round(Σ rate × payment(q)), each payment at the rate of the version in
 * force on its date. Settlements' copy of the terms lags behind contracts, so a payment may be
 * recorded under a version that a later one supersedes on its date. The fund keeps the newest
 * versions it was told of and rates every payment by them (or by the payment's own version
 * while the payment knows a newer one): a late version re-rates what it covers, booked as
 * FundReRated naming both versions, and the fund ends as if the terms had come first, in
 * whatever order payments and versions reach it.
 */
export const fundDecider: Decider<FundCommand, FundEvent, FundState> = {
  initialState: initialFundState,
  decide(command, state) {
    switch (command.type) {
      case 'AccruePayment': return accrue(command.data, state);
      case 'ReRateFund': return reRate(command.data, state);
      case 'ChargeParts': return chargeParts(command.data, state);
      default: return exhaustive(command, 'fund command');
    }
  },
  evolve: evolveFund,
};

function accrue(data: AccruePayment['data'], state: FundState): FundEvent[] {
  if (state.payments.has(data.paymentId)) return []; // redelivered: counted once
  const recorded: Rating = { agreementVersion: data.agreementVersion, fundModel: data.fundModel,
    fundRateBp: data.fundModel === 'revenue-share' ? data.fundRateBp ?? 0 : 0 };
  const paymentsFen = exactFen(state.paymentsFen + BigInt(data.paymentFen), "the quarter's payments");
  const accrualFen = accrualOf(state.weightedFenBp + BigInt(data.paymentFen) * BigInt(recorded.fundRateBp));
  const accrued: FundEvent = {
    type: 'FundAccrued',
    data: {
      dealerCode: data.dealerCode, quarter: data.quarter, paymentId: data.paymentId, paymentFen: data.paymentFen,
      receivedOn: data.receivedOn, agreementVersion: data.agreementVersion, fundModel: data.fundModel,
      fundRateBp: recorded.fundRateBp, paymentsFen, accrualFen, accrualDeltaFen: accrualFen - state.accrualFen, ...charges(state),
    },
  };
  // The payment knows the versions through its own; the fund may know newer ones (they reached
  // it first), and by the shared rule those give the payment's rating where they know as much.
  if (knownThrough(state.agreementVersions) < data.agreementVersion) return [accrued];
  const after = evolveFund(state, accrued);
  const counted = after.payments.get(data.paymentId) as CountedPayment;
  return [accrued, ...corrections(after, [counted], state.agreementVersions, data)];
}

function reRate(data: ReRateFund['data'], state: FundState): FundEvent[] {
  // A list no newer than the fund's changes nothing: versions never change once signed.
  if (knownThrough(data.agreementVersions) <= knownThrough(state.agreementVersions)) return [];
  const events = corrections(state, [...state.payments.values()], data.agreementVersions, data);
  if (events.length > 0) return events;
  return [{ type: 'FundTermsUpdated', data: { dealerCode: data.dealerCode, quarter: data.quarter,
    agreementVersions: data.agreementVersions } }];
}

/** FundReRated for each payment whose rating `versions` change, in events of at most 500 payments. */
function corrections(state: FundState, payments: CountedPayment[], versions: readonly AgreementFundTerms[],
  fund: { dealerCode: string; quarter: string }): FundEvent[] {
  const changed: ReRatedPayment[] = [];
  for (const p of payments) {
    if (p.receivedOn === undefined) continue; // counted before dates were kept: keeps its rating
    const to = ratingOn(versions, p.receivedOn);
    if (!sameRating(p.rating, to)) changed.push({ paymentId: p.paymentId, paymentFen: p.paymentFen, receivedOn: p.receivedOn, from: p.rating, to });
  }
  const events: FundEvent[] = [];
  let current = state;
  for (let i = 0; i < changed.length; i += RE_RATED_PAYMENTS_PER_EVENT) {
    const chunk = changed.slice(i, i + RE_RATED_PAYMENTS_PER_EVENT);
    const weighted = chunk.reduce((sum, p) => sum + BigInt(p.paymentFen) * BigInt(p.to.fundRateBp - p.from.fundRateBp), current.weightedFenBp);
    const accrualFen = accrualOf(weighted);
    const event: FundEvent = {
      type: 'FundReRated',
      data: { ...fund, agreementVersions: [...versions], payments: chunk, paymentsFen: exactFen(current.paymentsFen, "the quarter's payments"),
        accrualFen, accrualDeltaFen: accrualFen - current.accrualFen, ...charges(current) },
    };
    events.push(event);
    current = evolveFund(current, event);
  }
  return events;
}

/** The quarter's parts charges, carried by every event with totals once there are any (older events hold none: 0). */
const charges = (state: FundState) => (state.chargesFen ? { chargesFen: state.chargesFen } : {});

/** Rounded half-up once, from the exact quarter total. */
function accrualOf(weightedFenBp: bigint): number {
  return exactFen(divideRoundHalfUp(weightedFenBp, BASIS_POINTS_PER_UNIT), "the quarter's accrual");
}

/** A total is exact or the command is refused: a number beyond 2^53−1 fen would publish a wrong figure. */
export function exactFen(total: bigint, what: string): number {
  try {
    return toSafeFen(total);
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    throw invalid(`${what} would be ${total} fen, more than the ${Number.MAX_SAFE_INTEGER} fen a total can hold exactly: refused`, 'paymentFen');
  }
}

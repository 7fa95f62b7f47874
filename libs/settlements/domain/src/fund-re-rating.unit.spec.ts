import { DeciderSpecification } from '@aftersales/event-sourcing';
import { AccruePayment, fundDecider, FundState, ReRateFund } from './fund.decider';
import { AgreementFundTerms, FundEvent, FundReRated } from './fund.events';

const spec = DeciderSpecification(fundDecider);
const V1: AgreementFundTerms = { agreementVersion: 1, validFrom: '2026-01-01', validTo: '2027-12-31', fundModel: 'revenue-share', fundRateBp: 300 };
/** Signed in contracts after settlements counted payments under v1: 5% from 2026-08-01. */
const V2: AgreementFundTerms = { agreementVersion: 2, validFrom: '2026-08-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 500 };

const pay = (paymentId: string, paymentFen: number, receivedOn: string, recordedUnder: AgreementFundTerms = V1): AccruePayment => ({
  type: 'AccruePayment',
  data: { dealerCode: 'D0001', quarter: `${receivedOn.slice(0, 4)}Q${Math.ceil(Number(receivedOn.slice(5, 7)) / 3)}`, paymentId, paymentFen,
    receivedOn, agreementVersion: recordedUnder.agreementVersion, fundModel: recordedUnder.fundModel, fundRateBp: recordedUnder.fundRateBp },
});
const reRate = (...agreementVersions: AgreementFundTerms[]): ReRateFund => ({
  type: 'ReRateFund', data: { dealerCode: 'D0001', quarter: '2026Q3', agreementVersions },
});
const run = (commands: (AccruePayment | ReRateFund)[]) => {
  const events: FundEvent[] = [];
  let state: FundState = fundDecider.initialState();
  for (const command of commands) {
    const decided = fundDecider.decide(command, state);
    events.push(...decided);
    state = decided.reduce(fundDecider.evolve, state);
  }
  return { events, state };
};
const ratings = (state: FundState) => [...state.payments.values()].map((p) => [p.paymentId, p.rating.agreementVersion ?? 'none', p.rating.fundRateBp]).sort();

// 10,000.00 on 07-15 (before v2), 20,000.00 on 08-20 and 3.33 on 09-10 (both covered by v2).
const P1 = pay('P1', 1_000_000, '2026-07-15');
const P2 = pay('P2', 2_000_000, '2026-08-20');
const P3 = pay('P3', 333, '2026-09-10');

describe('re-rating: a version that reaches settlements late re-rates what it covers (docs/domain.md "Agreements and their versions")', () => {
  it('given payments counted at 3% under v1, when v2 (5% from 08-01) arrives, then the payments it covers are re-rated in one correction naming both versions', () => {
    spec.given(run([P1, P2]).events).when(reRate(V1, V2)).then([{
      type: 'FundReRated',
      data: {
        dealerCode: 'D0001', quarter: '2026Q3', agreementVersions: [V1, V2],
        payments: [{ paymentId: 'P2', paymentFen: 2_000_000, receivedOn: '2026-08-20',
          from: { agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 }, to: { agreementVersion: 2, fundModel: 'revenue-share', fundRateBp: 500 } }],
        paymentsFen: 3_000_000, accrualFen: 130_000, accrualDeltaFen: 40_000, // 300.00 + 1,000.00, was 300.00 + 600.00
      },
    }]);
  });

  it('ends equal to the fund had v2 arrived first, whatever the order the payments and v2 reach the fund', () => {
    const P4 = pay('P4', 555, '2026-09-30', V2); // recorded once settlements knew v2
    const termsFirst = run([reRate(V1, V2), P1, pay('P2', 2_000_000, '2026-08-20', V2), pay('P3', 333, '2026-09-10', V2), P4]).state;
    expect(termsFirst.accrualFen).toBe(130_044); // round(300.00 + 1,000.00 + 0.1665 + 0.2775)
    const commands = [P1, P2, P3, P4, reRate(V1, V2)];
    for (const order of permutations(commands)) {
      const { state } = run(order);
      expect({ accrualFen: state.accrualFen, paymentsFen: state.paymentsFen, ratings: ratings(state) })
        .toEqual({ accrualFen: termsFirst.accrualFen, paymentsFen: termsFirst.paymentsFen, ratings: ratings(termsFirst) });
    }
  });

  it('given v2 already reached the fund, when a payment recorded under v1 on a day v2 covers is accrued, then it is counted as recorded and corrected at once', () => {
    const { events } = run([reRate(V1, V2)]);
    expect(events).toEqual([{ type: 'FundTermsUpdated', data: { dealerCode: 'D0001', quarter: '2026Q3', agreementVersions: [V1, V2] } }]);
    const decided = fundDecider.decide(P2, events.reduce(fundDecider.evolve, fundDecider.initialState()));
    expect(decided.map((e) => e.type)).toEqual(['FundAccrued', 'FundReRated']);
    expect(decided[0]!.data).toMatchObject({ agreementVersion: 1, fundRateBp: 300, accrualFen: 60_000 });
    expect(decided[1]!.data).toMatchObject({ payments: [{ paymentId: 'P2', from: { agreementVersion: 1 }, to: { agreementVersion: 2 } }],
      accrualFen: 100_000, accrualDeltaFen: 40_000 });
  });

  it('does nothing for a list of versions no newer than the one the fund rates by', () => {
    const history = run([P1, P2, reRate(V1, V2)]).events;
    spec.given(history).when(reRate(V1, V2)).thenNothingHappens();
    spec.given(history).when(reRate(V1)).thenNothingHappens();
  });

  it('given v1 runs to 2027-12-31, when v2 ending 2026-12-31 supersedes it from 07-01, then a payment of 2027-03-01 has no agreement in force and accrues nothing', () => {
    const ends = { ...V2, validFrom: '2026-07-01' };
    const march = { ...pay('P9', 1_000_000, '2027-03-01'), data: { ...pay('P9', 1_000_000, '2027-03-01').data, quarter: '2027Q1' } };
    const { events } = run([march, { ...reRate(V1, ends), data: { ...reRate(V1, ends).data, quarter: '2027Q1' } }]);
    const correction = events.at(-1)!.data as FundReRated['data'];
    expect(correction.payments).toEqual([{ paymentId: 'P9', paymentFen: 1_000_000, receivedOn: '2027-03-01',
      from: { agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 }, to: { fundRateBp: 0 } }]);
    expect(correction).toMatchObject({ paymentsFen: 1_000_000, accrualFen: 0, accrualDeltaFen: -30_000 });
  });

  it('re-rates to nothing under a per-unit version (per-unit payments do not accrue), and back up under a revenue-share one', () => {
    const perUnit: AgreementFundTerms = { agreementVersion: 2, validFrom: '2026-08-01', validTo: '2026-12-31', fundModel: 'per-unit' };
    const { events, state } = run([P1, P2, reRate(V1, perUnit)]);
    expect((events.at(-1)!.data as FundReRated['data']).payments[0]!.to).toEqual({ agreementVersion: 2, fundModel: 'per-unit', fundRateBp: 0 });
    expect(state.accrualFen).toBe(30_000);
    const V3: AgreementFundTerms = { agreementVersion: 3, validFrom: '2026-08-15', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 400 };
    const later = run([P1, pay('P2', 2_000_000, '2026-08-20', perUnit), reRate(V1, perUnit, V3)]).state;
    expect(later.accrualFen).toBe(30_000 + 80_000);
  });

  it('keeps the rating of a payment counted before dates were kept (FundAccrued version 1)', () => {
    const old: FundEvent = { type: 'FundAccrued', data: { dealerCode: 'D0001', quarter: '2026Q3', paymentId: 'P0', paymentFen: 100,
      agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300, paymentsFen: 100, accrualFen: 3, accrualDeltaFen: 3 } };
    spec.given([old]).when(reRate(V1, V2)).then([{ type: 'FundTermsUpdated', data: { dealerCode: 'D0001', quarter: '2026Q3', agreementVersions: [V1, V2] } }]);
  });

  it('rounds once from the exact quarter total after the correction', () => {
    // 50 fen at 3% is 1.5 fen, 30 fen at 5% is 1.5 fen: 3 fen, not 2 + 2.
    const { state } = run([pay('A', 50, '2026-07-01'), pay('B', 30, '2026-08-02'), reRate(V1, V2)]);
    expect(state.accrualFen).toBe(3);
  });

  it('books a correction of many payments in events of at most 500, each with the totals so far', () => {
    const many = Array.from({ length: 1_201 }, (_, i) => pay(`M${i}`, 1_000, '2026-08-20'));
    const { events, state } = run([...many, reRate(V1, V2)]);
    const corrections = events.filter((e) => e.type === 'FundReRated').map((e) => e.data as FundReRated['data']);
    expect(corrections.map((c) => c.payments.length)).toEqual([500, 500, 201]);
    expect(corrections.map((c) => c.accrualFen)).toEqual([46_030, 56_030, 60_050]);
    expect(state.accrualFen).toBe(60_050); // 1,201 × 10.00 × 5%
  });
});

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

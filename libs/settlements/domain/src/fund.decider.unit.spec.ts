import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import { AccruePayment, fundDecider } from './fund.decider';
import { FundEvent } from './fund.events';

const spec = DeciderSpecification(fundDecider);
const pay = (paymentId: string, paymentFen: number, fundRateBp = 300, agreementVersion = 1, receivedOn = '2026-08-03'): AccruePayment => ({
  type: 'AccruePayment',
  data: { dealerCode: 'D0001', quarter: '2026Q3', paymentId, paymentFen, receivedOn, agreementVersion, fundModel: 'revenue-share', fundRateBp },
});
const accrued = (command: AccruePayment, paymentsFen: number, accrualFen: number, accrualDeltaFen: number): FundEvent => ({
  type: 'FundAccrued',
  data: { ...command.data, fundRateBp: command.data.fundRateBp ?? 0, paymentsFen, accrualFen, accrualDeltaFen },
});
const accrualAfter = (events: FundEvent[]) => (events.at(-1)!.data as { accrualFen: number }).accrualFen;

describe('repair fund, revenue-share (第三條 1)', () => {
  it('given a dealer whose fund rate is 3%, when it pays 100,000.00 in Q3, then 3,000.00 accrues', () => {
    const command = pay('P1', 10_000_000);
    spec.given([]).when(command).then([accrued(command, 10_000_000, 300_000, 300_000)]);
  });

  it('rounds once from the quarter total, not from each payment', () => {
    const first = pay('P1', 50); // 1.5 fen alone would round to 2
    const second = pay('P2', 50); // total 100 fen at 3% = 3 fen exactly
    const history = fundDecider.decide(first, fundDecider.initialState());
    expect(accrualAfter(history)).toBe(2);
    spec.given(history).when(second).then([accrued(second, 100, 3, 1)]);
  });

  it('applies each payment at the rate in force on its date, still rounding once', () => {
    const before = pay('P1', 33, 300, 1); // 0.99 fen
    const after = pay('P2', 33, 500, 2); // 1.65 fen → exact total 2.64 → 3
    const history = fundDecider.decide(before, fundDecider.initialState());
    spec.given(history).when(after).then([accrued(after, 66, 3, 2)]);
  });

  it('counts a redelivered payment once', () => {
    const command = pay('P1', 10_000_000);
    spec.given([accrued(command, 10_000_000, 300_000, 300_000)]).when(command).thenNothingHappens();
  });

  it('given a per-unit agreement, a payment is counted in the quarter and accrues nothing (聖寶龍 七/八: the fund is per unit)', () => {
    const command: AccruePayment = { type: 'AccruePayment', data: { ...pay('P1', 10_000_000).data, fundModel: 'per-unit', fundRateBp: undefined } };
    const { fundRateBp: _none, ...data } = command.data;
    spec.given([]).when(command).then([{ type: 'FundAccrued',
      data: { ...data, fundRateBp: 0, paymentsFen: 10_000_000, accrualFen: 0, accrualDeltaFen: 0 } }]);
  });
});

describe('exact totals (docs/domain.md "Money, dates and time zones"): a total is exact or the command is refused', () => {
  const MAX = Number.MAX_SAFE_INTEGER; // 2^53−1 fen

  it('counts up to 2^53−1 fen exactly', () => {
    const history = fundDecider.decide(pay('P1', MAX - 1, 10_000), fundDecider.initialState());
    const [event] = fundDecider.decide(pay('P2', 1, 10_000), history.reduce(fundDecider.evolve, fundDecider.initialState()));
    expect(event!.data).toMatchObject({ paymentsFen: MAX, accrualFen: MAX, accrualDeltaFen: 1 });
  });

  it('given a payment of 2^53−1 fen, when a second and a third one come, then each is refused with a clear error and nothing is booked', () => {
    // Summed as numbers, three of them give a paymentsFen one fen off (3 × (2^53−1) is odd, past 2^53).
    const history = fundDecider.decide(pay('P1', MAX, 10_000), fundDecider.initialState());
    expect(history[0]!.data).toMatchObject({ paymentsFen: MAX, accrualFen: MAX });
    for (const next of [pay('P2', MAX, 10_000), pay('P3', MAX, 10_000)]) {
      spec.given(history).when(next).thenThrows(DomainError, (e) => expect(e).toMatchObject({
        kind: 'invalid', field: 'paymentFen', message: expect.stringMatching(/payments would be 18014398509481982 fen.*exactly/),
      }));
    }
  });
});

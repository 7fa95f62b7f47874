import { DeciderSpecification } from '@aftersales/event-sourcing';
import { AccruePayment, fundDecider, FundEvent } from './fund.decider';

const spec = DeciderSpecification(fundDecider);
const pay = (paymentId: string, paymentFen: number, fundRateBp = 300, agreementVersion = 1): AccruePayment => ({
  type: 'AccruePayment',
  data: { dealerCode: 'D0001', quarter: '2026Q3', paymentId, paymentFen, fundRateBp, agreementVersion },
});
const accrued = (command: AccruePayment, paymentsFen: number, accrualFen: number, accrualDeltaFen: number): FundEvent => ({
  type: 'settlements.FundAccrued',
  data: { ...command.data, fundModel: 'revenue-share', paymentsFen, accrualFen, accrualDeltaFen },
});

describe('repair fund, revenue-share (第三條 1)', () => {
  it('given a dealer whose fund rate is 3%, when it pays 100,000.00 in Q3, then 3,000.00 accrues', () => {
    const command = pay('P1', 10_000_000);
    spec.given([]).when(command).then([accrued(command, 10_000_000, 300_000, 300_000)]);
  });

  it('rounds once from the quarter total, not from each payment', () => {
    const first = pay('P1', 50); // 1.5 fen alone would round to 2
    const second = pay('P2', 50); // total 100 fen at 3% = 3 fen exactly
    const history = fundDecider.decide(first, fundDecider.initialState());
    expect(history[0]!.data.accrualFen).toBe(2);
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
});

import { fundDecider } from './fund.decider';
import { ChargeParts } from './fund-charges';
import { FundEvent } from './fund.events';
import { FundState } from './fund-state';

const accrue = (paymentId: string, paymentFen: number, receivedOn: string) => ({
  type: 'AccruePayment' as const,
  data: { dealerCode: 'D0001', quarter: '2026Q4', paymentId, paymentFen, receivedOn, agreementVersion: 1, fundModel: 'revenue-share' as const, fundRateBp: 300 },
});
const ship = (shipmentId: string, shippedOn: string, amounts: number[], freightDifferenceFen = 0, more: Partial<ChargeParts['data']> = {}): ChargeParts => ({
  type: 'ChargeParts',
  data: { dealerCode: 'D0001', quarter: '2026Q4', requisitionId: 'REQ-1', shipmentId, shippedOn, agreementVersion: 1, fundModel: 'revenue-share', partsQuotaBp: 200,
    lines: amounts.map((amountFen, i) => ({ lineNo: i + 1, code: `P-${i}`, quantity: 1, amountFen })), freightDifferenceFen, ...more },
});

function run(...commands: Parameters<typeof fundDecider.decide>[0][]): { events: FundEvent[]; state: FundState } {
  let state = fundDecider.initialState();
  const events: FundEvent[] = [];
  for (const command of commands) {
    const decided = fundDecider.decide(command, state);
    events.push(...decided);
    state = decided.reduce(fundDecider.evolve, state);
  }
  return { events, state };
}
const charged = (events: FundEvent[]) => events.filter((e) => e.type === 'FundChargedForParts').map((e) => e.data as { chargedFen: number; excessInvoicedFen: number; quotaFen?: number; chargesFen: number });

describe('第三條 3: in-warranty parts are charged to the repair fund within the parts quota', () => {
  // 2% of 1,000,000.00 yuan received by the shipping day: a quota of 20,000.00 yuan (2,000,000 fen).
  const paid = accrue('PAY-1', 100_000_000, '2026-10-05');

  it.each([
    ['exactly at the quota', 2_000_000, 2_000_000, 0],
    ['one fen under the quota', 1_999_999, 1_999_999, 0],
    ['one fen over the quota', 2_000_001, 2_000_000, 1],
  ])('an issue %s: charged %i fen, invoiced %i fen', (_what, issued, chargedFen, excessInvoicedFen) => {
    const { events } = run(paid, ship('S-1', '2026-10-20', [issued]));
    expect(charged(events)).toEqual([expect.objectContaining({ quotaFen: 2_000_000, chargedFen, excessInvoicedFen, chargesFen: chargedFen })]);
  });

  it('the quota is used up across the quarter\'s shipments; the rest of each is invoiced', () => {
    const { events, state } = run(paid, ship('S-1', '2026-10-20', [1_500_000]), ship('S-2', '2026-10-21', [400_000, 300_000]), ship('S-3', '2026-10-22', [1]));
    expect(charged(events).map((e) => [e.chargedFen, e.excessInvoicedFen, e.chargesFen])).toEqual([[1_500_000, 0, 1_500_000], [500_000, 200_000, 2_000_000], [0, 1, 2_000_000]]);
    expect(state.chargesFen).toBe(2_000_000);
  });

  it('the quota grows with the payments received by the shipping day, rounded half-up once from the exact total', () => {
    // 2% of 0.25 yuan is 0.5 fen: rounded up once, to 1 fen.
    const { events } = run(accrue('PAY-S', 25, '2026-10-01'), ship('S-1', '2026-10-02', [5]));
    expect(charged(events)[0]).toMatchObject({ quotaFen: 1, chargedFen: 1, excessInvoicedFen: 4 });
    const later = run(paid, accrue('PAY-LATER', 100_000_000, '2026-11-30'), ship('S-1', '2026-11-01', [3_000_000]));
    expect(charged(later.events)[0]).toMatchObject({ paymentsToDateFen: 100_000_000, quotaFen: 2_000_000, chargedFen: 2_000_000 });
  });

  it('a redelivered shipment is charged once; a sale-only shipment by the normal carrier charges nothing', () => {
    expect(charged(run(paid, ship('S-1', '2026-10-20', [100]), ship('S-1', '2026-10-20', [100])).events)).toHaveLength(1);
    expect(charged(run(paid, ship('S-2', '2026-10-20', [])).events)).toEqual([]);
  });

  it('an urgent carrier\'s freight difference is invoiced, never charged to the fund', () => {
    expect(charged(run(paid, ship('S-1', '2026-10-20', [], 3_000)).events)[0]).toMatchObject({ chargedFen: 0, freightInvoicedFen: 3_000 });
  });

  it('a per-unit agreement sets no quota: the fund pays every in-warranty part', () => {
    const { events } = run(ship('S-1', '2026-10-20', [5_000_000], 0, { fundModel: 'per-unit', partsQuotaBp: undefined }));
    expect(charged(events)[0]).toMatchObject({ chargedFen: 5_000_000, excessInvoicedFen: 0 });
    expect(charged(events)[0]).not.toHaveProperty('quotaFen');
  });

  it('later accruals carry the quarter\'s charges, so the balance is accrual minus charges whichever event is newest', () => {
    const { events } = run(paid, ship('S-1', '2026-10-20', [500_000]), accrue('PAY-2', 1_000, '2026-10-25'));
    expect(events.at(-1)).toMatchObject({ type: 'FundAccrued', data: { chargesFen: 500_000 } });
  });
});

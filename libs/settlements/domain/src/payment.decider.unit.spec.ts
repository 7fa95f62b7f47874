import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import { Payment, PaymentFacts, paymentDecider, RecordPayment } from './payment.decider';

const spec = DeciderSpecification(paymentDecider);
const REVENUE_SHARE_V1: PaymentFacts = { termsInForce: { agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 } };
const PER_UNIT_V2: PaymentFacts = { termsInForce: { agreementVersion: 2, fundModel: 'per-unit' } };
const record = (amountFen: number, receivedOn = '2026-08-03') => new RecordPayment('P-1', 'D0001', receivedOn, amountFen);
const recorded = (amountFen: number, details: Partial<Payment> = {}) => ({
  type: 'PaymentRecorded' as const,
  data: { paymentId: 'P-1', dealerCode: 'D0001', receivedOn: '2026-08-03', amountFen, quarter: '2026Q3',
    agreementVersion: 1, fundModel: 'revenue-share' as const, fundRateBp: 300, ...details },
});

describe('payments (回款)', () => {
  it('given no payment P-1, when 5,000.00 yuan is received on 2026-08-03 under revenue-share version 1 at 3%, then it is recorded in 2026Q3 at that rate', () => {
    spec.given([]).when(record(500_000), REVENUE_SHARE_V1).then([recorded(500_000)]);
  });

  it('given no payment P-1, when it is received on 1 October under a per-unit version 2, then it is recorded in Q4 under version 2, with no rate', () => {
    const { fundRateBp: _none, ...perUnit } = recorded(500_000, { receivedOn: '2026-10-01', quarter: '2026Q4', agreementVersion: 2, fundModel: 'per-unit' }).data;
    spec.given([]).when(record(500_000, '2026-10-01'), PER_UNIT_V2).then([{ type: 'PaymentRecorded', data: perUnit }]);
  });

  it('given P-1 is recorded, when the same payment comes again, then nothing happens (a retried request)', () => {
    spec.given([recorded(500_000)]).when(record(500_000), REVENUE_SHARE_V1).thenNothingHappens();
  });

  it('given P-1 is recorded, when the same payment comes again after a new agreement version, then nothing happens: it stays under the terms it was recorded with', () => {
    spec.given([recorded(500_000)]).when(record(500_000), PER_UNIT_V2).thenNothingHappens();
  });

  it('given P-1 is recorded, when a different amount comes under the same paymentId, then it is refused as a conflict naming paymentId', () => {
    spec.given([recorded(500_000)])
      .when(record(600_000), REVENUE_SHARE_V1)
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'conflict', field: 'paymentId' }));
  });
});

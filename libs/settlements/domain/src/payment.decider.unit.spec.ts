import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import { paymentDecider, RecordPayment } from './payment.decider';

const spec = DeciderSpecification(paymentDecider);
const record = (amountFen: number): RecordPayment => ({
  type: 'RecordPayment',
  data: { paymentId: 'P-1', dealerCode: 'D0001', receivedOn: '2026-08-03', amountFen, quarter: '2026Q3', agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 },
});

describe('payments (回款)', () => {
  it('records a new payment', () => {
    spec.given([]).when(record(500_000)).then([{ type: 'PaymentRecorded', data: record(500_000).data }]);
  });

  it('answers the same payment again with no new event', () => {
    spec.given([{ type: 'PaymentRecorded', data: record(500_000).data }]).when(record(500_000)).thenNothingHappens();
  });

  it('refuses a different body under the same paymentId as a conflict', () => {
    spec.given([{ type: 'PaymentRecorded', data: record(500_000).data }])
      .when(record(600_000))
      .thenThrows(DomainError, (e) => expect((e as DomainError).kind).toBe('conflict'));
  });
});

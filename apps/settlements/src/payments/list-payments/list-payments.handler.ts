import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { PaymentFilter, PaymentLedger, PaymentSort } from '../payment-ledger';
import { PaymentListItem, PaymentListResponse } from './payment-list.response';
import { PaymentEntry } from '../payments.projection';

/** A page of the recorded payments that match the filters, newest received first unless asked otherwise. */
export class ListPayments extends Query<PaymentListResponse> {
  constructor(readonly filter: PaymentFilter, readonly skip = 0, readonly limit = 50, readonly sort: PaymentSort = '-receivedOn') {
    super();
  }
}

const toItem = ({ _id, ...payment }: PaymentEntry): PaymentListItem => ({ paymentId: _id, ...payment });

@QueryHandler(ListPayments)
export class ListPaymentsHandler implements IQueryHandler<ListPayments, PaymentListResponse> {
  constructor(private readonly ledger: PaymentLedger) {}

  async execute({ filter, skip, limit, sort }: ListPayments): Promise<PaymentListResponse> {
    const { total, payments } = await this.ledger.list(filter, { skip, limit, sort });
    return { payments: payments.map(toItem), total };
  }
}

import { CalendarDateField, DealerCodeField, QueryInteger, QuarterField } from '@aftersales/service-kit';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PAYMENT_SORTS, PaymentSort } from '../payment-ledger';

/** The payment list's filters, page and order; every filter is optional and they combine. */
export class ListPaymentsQuery {
  @DealerCodeField({ optional: true, description: 'Only the payments of this dealer' }) dealerCode?: string;
  @DealerCodeField({ optional: true, description: 'Only the payments of this dealer and of its sub-dealers (分銷商)' }) within?: string;
  @QuarterField({ optional: true, description: 'Only the payments received in this quarter' }) quarter?: string;
  @CalendarDateField({ optional: true, description: 'Only the payments received on or after this date' }) from?: string;
  @CalendarDateField({ optional: true, description: 'Only the payments received on or before this date (after `from`: no payment matches)' })
  to?: string;
  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many payments first (paging)' }) skip?: number;
  @QueryInteger({ default: 50, minimum: 1, maximum: 500, description: 'At most this many payments' }) limit?: number;
  @ApiPropertyOptional({
    enum: PAYMENT_SORTS, default: '-receivedOn',
    description: 'The order: a field, descending with a leading `-`; ties go to the most recently recorded',
  })
  @IsOptional()
  @IsIn(PAYMENT_SORTS, { message: `sort must be one of ${PAYMENT_SORTS.join(', ')}` })
  sort?: PaymentSort;
}

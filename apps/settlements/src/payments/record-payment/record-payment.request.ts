import { ApiProperty, OpenAPIObject } from '@nestjs/swagger';
import { CalendarDateField, DealerCodeField, OpenApiAmendment } from '@aftersales/service-kit';
import { IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PaymentLimits } from './payment-limits';

const PAYMENT_ID = /^[A-Za-z0-9_.:/-]+$/;

export class RecordPaymentRequest {
  @ApiProperty({ example: 'PAY-2026-0001', minLength: 1, maxLength: 100, pattern: PAYMENT_ID.source,
    description: 'The payment id from the finance system; the idempotency key' })
  @IsString() @MinLength(1) @MaxLength(100) @Matches(PAYMENT_ID, { message: 'paymentId may hold letters, digits and . _ : - /' })
  paymentId!: string;

  @DealerCodeField({ description: 'A registered dealer (else 422)' })
  dealerCode!: string;

  @CalendarDateField({ description: "Date the payment was received (YYYY-MM-DD), in the dealer's time zone; an agreement must be in force (else 422)" })
  receivedOn!: string;

  @ApiProperty({ type: 'integer', example: 10_000_000, minimum: 1, maximum: Number.MAX_SAFE_INTEGER,
    description: 'Amount in fen (integer, > 0): 10000000 = 100,000.00 yuan; at most PAYMENT_MAX_FEN (default 10000000000 = 100,000,000.00 yuan)' })
  @IsInt({ message: 'amountFen must be a whole number of fen' }) @Min(1) @Max(Number.MAX_SAFE_INTEGER)
  amountFen!: number;
}

/** The document states the configured PAYMENT_MAX_FEN as amountFen's maximum: more is a 400. */
export const paymentLimitInDocument = {
  provide: OpenApiAmendment,
  useFactory: (limits: PaymentLimits): OpenApiAmendment => ({
    amend(document: OpenAPIObject) {
      const amount = (document.components?.schemas?.['RecordPaymentRequest'] as { properties?: Record<string, { maximum?: number }> })
        ?.properties?.['amountFen'];
      if (amount) amount.maximum = limits.maxFen;
    },
  }),
  inject: [PaymentLimits],
};

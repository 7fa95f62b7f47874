import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, IsDealerCode } from '@aftersales/integration-events';
import { IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class RecordPaymentRequest {
  @ApiProperty({ example: 'PAY-2026-0001', description: 'The payment id from the finance system; the idempotency key' })
  @IsString() @MinLength(1) @MaxLength(100) @Matches(/^[\w.:\-/]+$/, { message: 'paymentId may hold letters, digits and . _ : - /' })
  paymentId!: string;

  @ApiProperty({ example: 'D0001' })
  @IsDealerCode()
  dealerCode!: string;

  @ApiProperty({ example: '2026-08-03', description: "Date the payment was received (YYYY-MM-DD), in the dealer's time zone" })
  @IsCalendarDate()
  receivedOn!: string;

  @ApiProperty({ example: 10_000_000, minimum: 1,
    description: 'Amount in fen (integer, > 0): 10000000 = 100,000.00 yuan; at most PAYMENT_MAX_FEN (default 10000000000 = 100,000,000.00 yuan)' })
  @IsInt({ message: 'amountFen must be a whole number of fen' }) @Min(1) @Max(Number.MAX_SAFE_INTEGER)
  amountFen!: number;
}

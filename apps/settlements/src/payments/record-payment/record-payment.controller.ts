import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { PaymentResponse } from './payment.response';
import { RecordPayment } from '@aftersales/settlements-domain';
import { RecordedPayment } from './record-payment.handler';
import { RecordPaymentRequest } from './record-payment.request';

type CreatedResponse = Parameters<typeof answerCreated>[0];

@ApiTags('payments')
@Controller('payments')
export class RecordPaymentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ operationId: 'recordPayment', summary: 'Record a payment (回款), idempotent by paymentId' })
  @ApiCreated({
    type: PaymentResponse,
    description: 'Recorded; the fund accrues from it shortly after',
    unchanged: 'The same payment was recorded before: same answer, nothing changed',
    // A payment has no read of its own: what a client reads next is the fund it accrues to.
    location: 'The fund the payment accrues to: /funds/{dealerCode}?quarter={quarter} (payments have no read of their own)',
    links: {
      GetFund: {
        operationId: 'getFund',
        parameters: { dealerCode: '$response.body#/dealerCode', quarter: '$response.body#/quarter' },
        description: 'The fund of the dealer in the quarter of receivedOn (asOf tells when it includes this payment)',
      },
    },
  })
  @ApiInputProblems({ body: true })
  @ApiProblem(409, 'The paymentId was recorded with a different body')
  @ApiProblem(422, "Unknown dealer, no agreement in force on receivedOn, or the quarter's payments would pass 2^53−1 fen")
  async record(@Body() { paymentId, dealerCode, receivedOn, amountFen }: RecordPaymentRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const { created, payment } = await this.commands.execute<RecordPayment, RecordedPayment>(
      new RecordPayment(paymentId, dealerCode, receivedOn, amountFen),
    );
    answerCreated(res, created, `/funds/${encodeURIComponent(payment.dealerCode)}?quarter=${payment.quarter}`);
    return payment;
  }
}

import { Body, Controller, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { RecordedPayment, RecordPaymentCommand } from './record-payment.handler';
import { RecordPaymentRequest } from './record-payment.request';

interface StatusResponse { status(code: number): unknown }

@ApiTags('payments')
@Controller('payments')
export class RecordPaymentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiCreatedResponse({ description: 'Recorded; the fund accrues from it shortly after' })
  @ApiOkResponse({ description: 'The same payment was recorded before: same answer, nothing changed' })
  @ApiConflictResponse({ description: 'The paymentId was recorded with a different body' })
  @ApiBadRequestResponse({ description: 'Malformed, or amountFen above PAYMENT_MAX_FEN' })
  @ApiUnprocessableEntityResponse({ description: "Unknown dealer, no agreement in force on receivedOn, or the quarter's payments would pass 2^53−1 fen" })
  async record(@Body() body: RecordPaymentRequest, @Res({ passthrough: true }) res: StatusResponse) {
    const { created, payment } = await this.commands.execute<RecordPaymentCommand, RecordedPayment>(new RecordPaymentCommand(body));
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return payment;
  }
}

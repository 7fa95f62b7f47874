import { RecordRequisitionPayment } from '@aftersales/parts-logistics-domain';
import { ApiInputProblems, ApiProblem, CalendarDateField, IntegerField, ServiceInfrastructure } from '@aftersales/service-kit';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequisitionFactsLookup } from '../requisition-facts';
import { ClientIdField, RequisitionParam } from '../requisition.fields';
import { RequisitionResponse } from '../requisition.response';
import { decideRequisition, DecidedRequisition } from '../requisition-stream';

export class RequisitionPaymentRequest {
  @ClientIdField('BANK-2026-11-0042', 'The payment\'s reference (bank slip): the same reference again changes nothing') paymentRef!: string;
  @IntegerField({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, example: 136_000, description: 'Amount in fen', message: 'amountFen must be a whole number of fen' }) amountFen!: number;
  @CalendarDateField({ description: 'The day it was received, not before the review' }) receivedOn!: string;
}

@ApiTags('requisitions')
@Controller('dealers/:dealerCode/requisitions/:requisitionId/payments')
export class RecordRequisitionPaymentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ operationId: 'recordRequisitionPayment', summary: '款到發貨: a payment for the requisition\'s sale lines; they ship once the payments cover what is due' })
  @ApiOkResponse({ type: RequisitionResponse, description: 'Recorded (or the same payment again: nothing changed)' })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such requisition of this dealer')
  @ApiProblem(409, 'Not reviewed yet, or the reference was recorded with another amount')
  @ApiProblem(422, 'No sale line to pay, paid already, or received before the review')
  async pay(@Param() { dealerCode, requisitionId }: RequisitionParam, @Body() { paymentRef, amountFen, receivedOn }: RequisitionPaymentRequest): Promise<RequisitionResponse> {
    const command = new RecordRequisitionPayment(requisitionId, dealerCode, paymentRef, amountFen, receivedOn);
    return (await this.commands.execute<RecordRequisitionPayment, DecidedRequisition>(command)).requisition;
  }
}

@CommandHandler(RecordRequisitionPayment)
export class RecordRequisitionPaymentHandler implements ICommandHandler<RecordRequisitionPayment, DecidedRequisition> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly facts: RequisitionFactsLookup) {}

  async execute(command: RecordRequisitionPayment): Promise<DecidedRequisition> {
    return decideRequisition(this.infra, command, await this.facts.of(command.dealerCode, []));
  }
}

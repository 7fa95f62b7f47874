import { ConfirmReceipt } from '@aftersales/parts-logistics-domain';
import { ApiInputProblems, ApiProblem, CalendarDateField, ServiceInfrastructure } from '@aftersales/service-kit';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequisitionFactsLookup } from '../requisition-facts';
import { ShipmentParam } from '../requisition.fields';
import { RequisitionResponse } from '../requisition.response';
import { decideRequisition, DecidedRequisition } from '../requisition-stream';

export class ReceiptRequest {
  @CalendarDateField({ description: 'The day the dealer received the shipment: from its shipping day to today' }) receivedOn!: string;
}

@ApiTags('requisitions')
@Controller('dealers/:dealerCode/requisitions/:requisitionId/shipments/:shipmentId/receipt')
export class ConfirmReceiptController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ operationId: 'confirmReceipt', summary: 'The dealer confirms it received a shipment' })
  @ApiOkResponse({ type: RequisitionResponse, description: 'Received (or the same day again: nothing changed)' })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such requisition or shipment of this dealer')
  @ApiProblem(409, 'Received already on another day')
  @ApiProblem(422, 'A day before the shipment left or after today')
  async receive(@Param() { dealerCode, requisitionId, shipmentId }: ShipmentParam, @Body() { receivedOn }: ReceiptRequest): Promise<RequisitionResponse> {
    return (await this.commands.execute<ConfirmReceipt, DecidedRequisition>(new ConfirmReceipt(requisitionId, dealerCode, shipmentId, receivedOn))).requisition;
  }
}

@CommandHandler(ConfirmReceipt)
export class ConfirmReceiptHandler implements ICommandHandler<ConfirmReceipt, DecidedRequisition> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly facts: RequisitionFactsLookup) {}

  async execute(command: ConfirmReceipt): Promise<DecidedRequisition> {
    return decideRequisition(this.infra, command, await this.facts.of(command.dealerCode, []));
  }
}

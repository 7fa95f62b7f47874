import { NestedList, REQUISITION_MAX_LINES } from '@aftersales/integration-events';
import { ShipParts } from '@aftersales/parts-logistics-domain';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem, CalendarDateField, IntegerField, ServiceInfrastructure, TextField } from '@aftersales/service-kit';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMinSize } from 'class-validator';
import { RequisitionFactsLookup } from '../requisition-facts';
import { ClientIdField, RequisitionParam } from '../requisition.fields';
import { RequisitionResponse } from '../requisition.response';
import { decideRequisition, DecidedRequisition, loadRequisition } from '../requisition-stream';

type CreatedResponse = Parameters<typeof answerCreated>[0];

export class ShippedLineRequest {
  @IntegerField({ minimum: 1, maximum: REQUISITION_MAX_LINES, example: 1 }) lineNo!: number;
  @IntegerField({ minimum: 1, maximum: 10_000, example: 2, description: 'At most what is approved and not shipped yet' }) quantity!: number;
}

export class ShipPartsRequest {
  @ClientIdField('SHIP-2026-11-0001', 'The shipment\'s id: the same shipment again changes nothing') shipmentId!: string;
  @TextField(100, { example: 'SF1234567890' }) waybillNo!: string;
  @CalendarDateField({ description: 'The shipping day, from the review to today: the price list of this day prices the parts' }) shippedOn!: string;
  @ApiProperty({ type: [ShippedLineRequest], minItems: 1, maxItems: REQUISITION_MAX_LINES })
  @ArrayMinSize(1) @NestedList(() => ShippedLineRequest, REQUISITION_MAX_LINES)
  lines!: ShippedLineRequest[];
}

@ApiTags('requisitions')
@Controller('dealers/:dealerCode/requisitions/:requisitionId/shipments')
export class ShipPartsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ operationId: 'shipParts', summary: 'A shipment of approved lines (partial allowed), priced on its day; the dealer is told (parts.PartsShipped)' })
  @ApiCreated({
    type: RequisitionResponse,
    description: 'Shipped: the requisition with the shipment',
    unchanged: 'The same shipment was recorded before: nothing changed',
    location: 'The requisition: /dealers/{dealerCode}/requisitions/{requisitionId}',
    links: { GetRequisition: { operationId: 'getRequisition', parameters: { dealerCode: '$response.body#/dealerCode', requisitionId: '$response.body#/requisitionId' }, description: 'The requisition' } },
  })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such requisition of this dealer')
  @ApiProblem(409, 'Not reviewed, a sale line not paid, an in-warranty line not checked, or the shipmentId recorded with other lines')
  @ApiProblem(422, 'More than approved and not shipped, a day before the review or after today, or no price in force that day')
  async ship(@Param() { dealerCode, requisitionId }: RequisitionParam, @Body() { shipmentId, waybillNo, shippedOn, lines }: ShipPartsRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const { created, requisition } = await this.commands.execute<ShipParts, DecidedRequisition>(new ShipParts(requisitionId, dealerCode, shipmentId, waybillNo, shippedOn, lines));
    answerCreated(res, created, `/dealers/${encodeURIComponent(dealerCode)}/requisitions/${encodeURIComponent(requisitionId)}`);
    return requisition;
  }
}

@CommandHandler(ShipParts)
export class ShipPartsHandler implements ICommandHandler<ShipParts, DecidedRequisition> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly facts: RequisitionFactsLookup) {}

  async execute(command: ShipParts): Promise<DecidedRequisition> {
    const { submitted } = await loadRequisition(this.infra, command.dealerCode, command.requisitionId);
    const codes = (submitted?.lines ?? []).map((line) => line.code);
    return decideRequisition(this.infra, command, await this.facts.of(command.dealerCode, codes, command.shippedOn));
  }
}

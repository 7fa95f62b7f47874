import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { DeliverUnits } from './deliver-units.handler';
import { DeliverUnitsRequest } from './deliver-units.request';
import { DeliveryResponse } from './deliver-units.response';

type CreatedResponse = Parameters<typeof answerCreated>[0];

@ApiTags('units')
@Controller('unit-deliveries')
export class DeliverUnitsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ operationId: 'deliverUnits', summary: 'Record units shipped to a dealer (idempotent by content)' })
  @ApiCreated({
    type: DeliveryResponse,
    description: 'Recorded (contracts.UnitDelivered for each new unit)',
    unchanged: 'Every unit was recorded already with the same dealer, model and day: nothing changed',
    location: 'The first unit: /units/{serialNo}',
    links: { GetUnit: { operationId: 'getUnit', parameters: { serialNo: '$response.body#/units/0/serialNo' }, description: 'The first unit delivered' } },
  })
  @ApiInputProblems({ body: true })
  @ApiProblem(422, 'The dealer is not registered, a serial is listed twice, or a serial was delivered already to another dealer, as another model or on another day: every one is named, nothing was recorded')
  async deliver(@Body() body: DeliverUnitsRequest, @Res({ passthrough: true }) res: CreatedResponse): Promise<DeliveryResponse> {
    const recorded = await this.commands.execute<DeliverUnits, DeliveryResponse>(new DeliverUnits(body.dealerCode, body.receivedOn, body.units));
    answerCreated(res, recorded.units.some((u) => u.created), `/units/${encodeURIComponent(body.units[0]?.serialNo ?? '')}`);
    return recorded;
  }
}

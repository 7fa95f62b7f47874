import { SubmitRequisition } from '@aftersales/parts-logistics-domain';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem, ServiceInfrastructure } from '@aftersales/service-kit';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequisitionFactsLookup } from '../requisition-facts';
import { DealerParam } from '../requisition.fields';
import { RequisitionResponse } from '../requisition.response';
import { decideRequisition, DecidedRequisition } from '../requisition-stream';
import { SubmitRequisitionRequest } from './submit-requisition.request';

type CreatedResponse = Parameters<typeof answerCreated>[0];

@ApiTags('requisitions')
@Controller('dealers/:dealerCode/requisitions')
export class SubmitRequisitionController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ operationId: 'submitRequisition', summary: 'A dealer\'s requisition of parts (維修配件備料單), monthly or urgent, each line quoted at today\'s price list' })
  @ApiCreated({
    type: RequisitionResponse,
    description: 'Submitted: the parts clerk reviews it',
    unchanged: 'The same requisition was submitted before: same answer, nothing changed',
    location: 'The requisition: /dealers/{dealerCode}/requisitions/{requisitionId}',
    links: { GetRequisition: { operationId: 'getRequisition', parameters: { dealerCode: '$response.body#/dealerCode', requisitionId: '$response.body#/requisitionId' }, description: 'The requisition' } },
  })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'The dealer is not registered')
  @ApiProblem(409, 'The requisitionId was submitted with other lines')
  @ApiProblem(422, 'A code is no part on today\'s price list, a repair line without its record, a stock line under warranty, an urgent one without a priced carrier')
  async submit(@Param() { dealerCode }: DealerParam, @Body() body: SubmitRequisitionRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const command = new SubmitRequisition(body.requisitionId, dealerCode, body.urgency, body.carrier, body.lines, body.note);
    const { created, requisition } = await this.commands.execute<SubmitRequisition, DecidedRequisition>(command);
    answerCreated(res, created, `/dealers/${encodeURIComponent(dealerCode)}/requisitions/${encodeURIComponent(requisition.requisitionId)}`);
    return requisition;
  }
}

@CommandHandler(SubmitRequisition)
export class SubmitRequisitionHandler implements ICommandHandler<SubmitRequisition, DecidedRequisition> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly facts: RequisitionFactsLookup) {}

  async execute(command: SubmitRequisition): Promise<DecidedRequisition> {
    return decideRequisition(this.infra, command, await this.facts.of(command.dealerCode, command.lines.map((l) => l.code)));
  }
}

import { CheckReplacements } from '@aftersales/parts-logistics-domain';
import { ApiInputProblems, ApiProblem, ServiceInfrastructure, TextField } from '@aftersales/service-kit';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { RequisitionFactsLookup } from '../requisition-facts';
import { RequisitionParam } from '../requisition.fields';
import { RequisitionResponse } from '../requisition.response';
import { decideRequisition, DecidedRequisition } from '../requisition-stream';

export class ReplacementCheckRequest {
  @ApiProperty({ description: 'The replacement list (the dealer\'s parts feed for the repair) and the waybill agree' })
  @IsBoolean({ message: 'passed must be true or false' })
  passed!: boolean;
  @TextField(500, { example: '更換清單與運單相符', description: 'What was found: told to the dealer' }) note!: string;
  @TextField(100, { optional: true, example: 'SF1234567890', description: 'The waybill of the old parts returned' }) waybillNo?: string;
}

@ApiTags('requisitions')
@Controller('dealers/:dealerCode/requisitions/:requisitionId/replacement-checks')
export class CheckReplacementsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ operationId: 'checkReplacements', summary: 'The check of an in-warranty replacement\'s list and waybill; the result is told to the dealer' })
  @ApiOkResponse({ type: RequisitionResponse, description: 'Recorded: passed, the in-warranty lines may ship; failed, they wait for another check' })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such requisition of this dealer')
  @ApiProblem(409, 'Not reviewed yet, or passed already')
  @ApiProblem(422, 'No approved in-warranty line to check')
  async check(@Param() { dealerCode, requisitionId }: RequisitionParam, @Body() { passed, note, waybillNo }: ReplacementCheckRequest): Promise<RequisitionResponse> {
    return (await this.commands.execute<CheckReplacements, DecidedRequisition>(new CheckReplacements(requisitionId, dealerCode, passed, note, waybillNo))).requisition;
  }
}

@CommandHandler(CheckReplacements)
export class CheckReplacementsHandler implements ICommandHandler<CheckReplacements, DecidedRequisition> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly facts: RequisitionFactsLookup) {}

  async execute(command: CheckReplacements): Promise<DecidedRequisition> {
    return decideRequisition(this.infra, command, await this.facts.of(command.dealerCode, []));
  }
}

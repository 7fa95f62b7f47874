import { NestedList, REQUISITION_MAX_LINES } from '@aftersales/integration-events';
import { ReviewRequisition } from '@aftersales/parts-logistics-domain';
import { ApiInputProblems, ApiProblem, IntegerField, ServiceInfrastructure, TextField } from '@aftersales/service-kit';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMinSize } from 'class-validator';
import { RequisitionFactsLookup } from '../requisition-facts';
import { RequisitionParam } from '../requisition.fields';
import { RequisitionResponse } from '../requisition.response';
import { decideRequisition, DecidedRequisition } from '../requisition-stream';

export class LineDecisionRequest {
  @IntegerField({ minimum: 1, maximum: REQUISITION_MAX_LINES, example: 1 }) lineNo!: number;
  @IntegerField({ minimum: 0, maximum: 10_000, example: 2, description: '0 refuses the line; less than asked approves it in part' }) approvedQuantity!: number;
  @TextField(500, { optional: true, example: '庫存不足', description: 'Required when less than asked is approved' }) reason?: string;
}

export class ReviewRequisitionRequest {
  @ApiProperty({ type: [LineDecisionRequest], minItems: 1, maxItems: REQUISITION_MAX_LINES, description: 'One decision for every line' })
  @ArrayMinSize(1) @NestedList(() => LineDecisionRequest, REQUISITION_MAX_LINES)
  decisions!: LineDecisionRequest[];
}

@ApiTags('requisitions')
@Controller('dealers/:dealerCode/requisitions/:requisitionId/review')
export class ReviewRequisitionController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ operationId: 'reviewRequisition', summary: 'The parts clerk approves, approves in part or refuses each line, with a reason' })
  @ApiOkResponse({ type: RequisitionResponse, description: 'Reviewed (or the same review again: nothing changed); approved lines ship by shipBy' })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such requisition of this dealer')
  @ApiProblem(409, 'Reviewed already, with other decisions')
  @ApiProblem(422, 'A line without exactly one decision, more than asked, less without a reason, or no agreement in force today')
  async review(@Param() { dealerCode, requisitionId }: RequisitionParam, @Body() { decisions }: ReviewRequisitionRequest): Promise<RequisitionResponse> {
    return (await this.commands.execute<ReviewRequisition, DecidedRequisition>(new ReviewRequisition(requisitionId, dealerCode, decisions))).requisition;
  }
}

@CommandHandler(ReviewRequisition)
export class ReviewRequisitionHandler implements ICommandHandler<ReviewRequisition, DecidedRequisition> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly facts: RequisitionFactsLookup) {}

  async execute(command: ReviewRequisition): Promise<DecidedRequisition> {
    return decideRequisition(this.infra, command, await this.facts.ofReview(command.dealerCode));
  }
}

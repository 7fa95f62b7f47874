import { ApiInputProblems, ApiProblem, ServiceInfrastructure } from '@aftersales/service-kit';
import { Controller, Get, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequisitionParam } from '../requisition.fields';
import { requisitionResponse, RequisitionResponse } from '../requisition.response';
import { loadRequisition } from '../requisition-stream';

export class GetRequisition extends Query<RequisitionResponse> {
  constructor(readonly dealerCode: string, readonly requisitionId: string) {
    super();
  }
}

@ApiTags('requisitions')
@Controller('dealers/:dealerCode/requisitions/:requisitionId')
export class QueryRequisitionController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'getRequisition', summary: 'A requisition with its lines, decisions, payments, checks and shipments (read from its events: never behind a write)' })
  @ApiOkResponse({ type: RequisitionResponse })
  @ApiInputProblems()
  @ApiProblem(404, 'No such requisition of this dealer')
  get(@Param() { dealerCode, requisitionId }: RequisitionParam): Promise<RequisitionResponse> {
    return this.queries.execute(new GetRequisition(dealerCode, requisitionId));
  }
}

@QueryHandler(GetRequisition)
export class GetRequisitionHandler implements IQueryHandler<GetRequisition, RequisitionResponse> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  async execute({ dealerCode, requisitionId }: GetRequisition): Promise<RequisitionResponse> {
    return requisitionResponse(await loadRequisition(this.infra, dealerCode, requisitionId));
  }
}

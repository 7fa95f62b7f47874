import { ApiInputProblems, ApiProblem, CalendarDateField } from '@aftersales/service-kit';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DealerCodeParam } from '../../dealers/dealer-code.param';
import { GetOrganisation, ListTechnicians } from './query-organisation.handler';
import { OrganisationResponse, TechnicianListResponse } from './organisation.response';

export class OnQuery {
  @CalendarDateField({ optional: true, description: "The day (YYYY-MM-DD); today in the dealer's time zone when left out" }) on?: string;
}

@ApiTags('organisation')
@Controller('dealers/:code')
export class QueryOrganisationController {
  constructor(private readonly queries: QueryBus) {}

  @Get('organisation')
  @ApiOperation({ operationId: 'getOrganisation', summary: "A dealer's service organisation on a day, its scheduled changes and their history" })
  @ApiOkResponse({ type: OrganisationResponse, description: 'Read from the read model: a change shows up within a second or so' })
  @ApiInputProblems()
  @ApiProblem(404, 'No such dealer')
  get(@Param() { code }: DealerCodeParam, @Query() { on }: OnQuery) {
    return this.queries.execute(new GetOrganisation(code, on));
  }

  @Get('technicians')
  @ApiOperation({ operationId: 'listTechnicians', summary: "A dealer's technicians on a day, with their certificates (維修員證) and each one's status that day" })
  @ApiOkResponse({ type: TechnicianListResponse, description: 'Read from the read model' })
  @ApiInputProblems()
  @ApiProblem(404, 'No such dealer')
  technicians(@Param() { code }: DealerCodeParam, @Query() { on }: OnQuery) {
    return this.queries.execute(new ListTechnicians(code, on));
  }
}

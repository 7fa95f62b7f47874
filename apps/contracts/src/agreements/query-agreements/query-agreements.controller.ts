import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { ApiInputProblems, ApiProblem, CalendarDateField } from '@aftersales/service-kit';
import { DealerCodeParam } from '../../dealers/dealer-code.param';
import { AgreementListResponse } from '../agreement.response';
import { ListAgreements } from './query-agreements.handler';

export class AgreementsQuery {
  @CalendarDateField({ optional: true, description: 'Only the version in force on this date (YYYY-MM-DD); none when no agreement is' })
  inForceOn?: string;
}

@ApiTags('agreements')
@Controller('dealers/:code/agreements')
export class QueryAgreementsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'listAgreements', summary: "A dealer's agreement versions, or the one in force on a day" })
  @ApiOkResponse({
    type: AgreementListResponse,
    description: 'Every agreement version of the dealer, oldest first, with its full terms; with inForceOn, only the version ' +
      'in force that day: a later version supersedes the earlier ones from its validFrom on, and an earlier one never comes back',
  })
  @ApiInputProblems()
  @ApiProblem(404, 'No such dealer')
  list(@Param() { code }: DealerCodeParam, @Query() { inForceOn }: AgreementsQuery) {
    return this.queries.execute(new ListAgreements(code, inForceOn));
  }
}

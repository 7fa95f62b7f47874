import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { IsCalendarDate } from '@aftersales/integration-events';
import { IsOptional } from 'class-validator';
import { DealerCodeParam } from '../../dealers/dealer-code.param';
import { ListAgreements } from './query-agreements.handler';

export class AgreementsQuery {
  @ApiPropertyOptional({ example: '2026-08-03', description: 'Only the version in force on this date (YYYY-MM-DD); none when no agreement is' })
  @IsOptional() @IsCalendarDate()
  inForceOn?: string;
}

@ApiTags('agreements')
@Controller('dealers/:code/agreements')
export class QueryAgreementsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    description: 'Every agreement version of the dealer, oldest first, with its full terms; with inForceOn, only the version ' +
      'in force that day: a later version supersedes the earlier ones from its validFrom on, and an earlier one never comes back',
  })
  @ApiNotFoundResponse({ description: 'No such dealer' })
  list(@Param() { code }: DealerCodeParam, @Query() { inForceOn }: AgreementsQuery) {
    return this.queries.execute(new ListAgreements(code, inForceOn));
  }
}

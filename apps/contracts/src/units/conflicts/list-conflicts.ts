import { Controller, Get, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DEALER_CODE, IsDealerCode } from '@aftersales/integration-events';
import { ApiInputProblems, QueryInteger } from '@aftersales/service-kit';
import { IsOptional } from 'class-validator';
import { DealerDirectory } from '../../projection/dealer-directory';
import { UnitDirectory } from '../projection/unit-directory';
import { dealersWithin } from '../query-unit/within';
import { ConflictResponse } from '../register-card/card.response';

export class ListConflictsQuery {
  @ApiPropertyOptional({ pattern: DEALER_CODE.source, example: 'D0001', description: 'Only conflicts where this dealer or a sub-dealer of it carded the serial (first or second card)' })
  @IsOptional() @IsDealerCode()
  within?: string;

  @QueryInteger({ default: 100, minimum: 1, maximum: 500, description: 'At most this many conflicts' })
  limit?: number;

  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many first (paging)' })
  skip?: number;
}

export class ConflictListResponse {
  @ApiProperty({ type: [ConflictResponse] }) items!: ConflictResponse[];
  @ApiProperty({ type: 'integer' }) total!: number;
}

export class ListConflicts {
  constructor(readonly within: string | undefined, readonly skip: number, readonly limit: number) {}
}

@QueryHandler(ListConflicts)
export class ListConflictsHandler implements IQueryHandler<ListConflicts, ConflictListResponse> {
  constructor(private readonly units: UnitDirectory, private readonly dealers: DealerDirectory) {}

  async execute({ within, skip, limit }: ListConflicts): Promise<ConflictListResponse> {
    const { total, items } = await this.units.conflicts(await dealersWithin(this.dealers, within), skip, limit);
    return { total, items: items.map(({ _id: _key, ...conflict }) => conflict) };
  }
}

/** Serials carded twice (by two dealers, or under two card numbers), kept for review, newest first. */
@ApiTags('units')
@Controller('registration-conflicts')
export class ListConflictsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'listRegistrationConflicts', summary: 'Warranty cards flagged for review: a serial carded twice' })
  @ApiOkResponse({ type: ConflictListResponse, description: 'The conflicts, newest first, and how many there are' })
  @ApiInputProblems()
  list(@Query() { within, skip = 0, limit = 100 }: ListConflictsQuery): Promise<ConflictListResponse> {
    return this.queries.execute(new ListConflicts(within, skip, limit));
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { GetCoverage, GetUnit } from './query-unit.handler';
import { CoverageQuery, SerialNoParam, UnitQuery } from './unit.query';
import { CoverageResponse, UnitResponse } from './unit.response';

@ApiTags('units')
@Controller('units/:serialNo')
export class QueryUnitController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'getUnit', summary: 'A unit: its delivery, registration and registration conflicts' })
  @ApiOkResponse({ type: UnitResponse, description: 'The unit' })
  @ApiInputProblems()
  @ApiProblem(404, 'No such unit, or none within the dealer asked')
  get(@Param() { serialNo }: SerialNoParam, @Query() { within }: UnitQuery): Promise<UnitResponse> {
    return this.queries.execute(new GetUnit(serialNo, within));
  }

  @Get('coverage')
  @ApiOperation({ operationId: 'getUnitCoverage', summary: "A unit's warranty clocks on a day (standard, components, DOA, quality), from the agreement in force at the sale" })
  @ApiOkResponse({ type: CoverageResponse, description: 'Each clock with its start, end and whether it runs on the day' })
  @ApiInputProblems()
  @ApiProblem(404, 'No such unit, or none within the dealer asked')
  coverage(@Param() { serialNo }: SerialNoParam, @Query() { on, within }: CoverageQuery): Promise<CoverageResponse> {
    return this.queries.execute(new GetCoverage(serialNo, on ?? new Date().toISOString().slice(0, 10), within));
  }
}

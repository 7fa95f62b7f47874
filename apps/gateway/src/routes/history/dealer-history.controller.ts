import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { Permission } from '../../access/permission.decorator';
import { SignedInUser } from '../../access/signed-in-user';
import { DealerHistoryParams, DealerHistoryQuery } from './dealer-history.query';
import { DealerHistoryResponse } from './dealer-history.response';
import { DealerHistory } from './dealer-history';

type SignedInRequest = Request & { user: SignedInUser; id?: unknown };

@ApiTags('dealers')
@ApiBearerAuth()
@Controller('dealers/:code/history')
export class DealerHistoryController {
  constructor(private readonly history: DealerHistory) {}

  @Get()
  @Permission('read', 'DealerHistory')
  @ApiOperation({ operationId: 'getDealerHistory', summary: 'Every event about a dealer, from every service, newest first' })
  @ApiOkResponse({ type: DealerHistoryResponse, description: 'A page of events; `next` continues it' })
  @ApiInputProblems()
  @ApiProblem(401, 'Not signed in: no access token, or one that is invalid or expired')
  @ApiProblem(403, 'The role may not read DealerHistory')
  @ApiProblem(404, 'No such dealer, or one the user may not see')
  @ApiProblem(502, 'A service answered badly')
  @ApiProblem(503, 'A service did not answer')
  async read(@Param() { code }: DealerHistoryParams, @Query() query: DealerHistoryQuery, @Req() req: SignedInRequest, @Res() res: Response) {
    const answer = await this.history.page(req.user, code, query, correlation(req, res));
    res.status(answer.status).json(answer.body);
  }
}

function correlation(req: SignedInRequest, res: Response): string | undefined {
  const id = res.getHeader('x-correlation-id') ?? req.id;
  return typeof id === 'string' ? id : undefined;
}

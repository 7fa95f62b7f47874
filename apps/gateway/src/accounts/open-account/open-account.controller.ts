import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { Permission } from '../../access/permission.decorator';
import { AccountResponse } from '../account.response';
import { Accounts } from '../accounts';
import { OpenAccountRequest } from './open-account.request';

type CreatedResponse = Parameters<typeof answerCreated>[0];

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class OpenAccountController {
  constructor(private readonly accounts: Accounts) {}

  @Post()
  @Permission('create', 'Account')
  @ApiOperation({ operationId: 'createUser', summary: 'Open an account with its roles (and its dealer, for a dealer user)' })
  @ApiCreated({
    type: AccountResponse,
    description: 'Opened',
    location: 'The accounts: /api/users',
    links: { ListUsers: { operationId: 'listUsers', parameters: {}, description: 'Every account' } },
  })
  @ApiInputProblems({ body: true })
  @ApiProblem(401, 'Not signed in')
  @ApiProblem(403, 'Your role may not open accounts')
  @ApiProblem(409, 'The username is taken')
  async open(@Body() body: OpenAccountRequest, @Res({ passthrough: true }) res: CreatedResponse): Promise<AccountResponse> {
    const account = await this.accounts.open(body);
    answerCreated(res, true, '/api/users');
    return AccountResponse.of(account);
  }
}

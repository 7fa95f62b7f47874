import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '@aftersales/service-kit';
import { Permission } from '../../access/permission.decorator';
import { AccountResponse } from '../account.response';
import { Accounts } from '../accounts';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class ListAccountsController {
  constructor(private readonly accounts: Accounts) {}

  @Get()
  @Permission('read', 'Account')
  @ApiOperation({ operationId: 'listUsers', summary: 'Every account, by username (admins and auditors)' })
  @ApiResponse({ status: 200, type: [AccountResponse], description: 'The accounts' })
  @ApiProblem(401, 'Not signed in')
  @ApiProblem(403, 'Your role may not read accounts')
  async list(): Promise<AccountResponse[]> {
    return (await this.accounts.list()).map(AccountResponse.of);
  }
}

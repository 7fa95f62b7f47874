import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { Permission } from '../../access/permission.decorator';
import { UsernameParam } from '../account-fields';
import { AccountResponse } from '../account.response';
import { Accounts } from '../accounts';
import { ChangeAccountRequest } from './change-account.request';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class ChangeAccountController {
  constructor(private readonly accounts: Accounts) {}

  @Patch(':username')
  @Permission('update', 'Account')
  @ApiOperation({ operationId: 'changeUser', summary: "Change an account's roles or dealer, or disable it (which ends its sessions at once)" })
  @ApiResponse({ status: 200, type: AccountResponse, description: 'The account as changed' })
  @ApiInputProblems({ body: true })
  @ApiProblem(401, 'Not signed in')
  @ApiProblem(403, 'Your role may not change accounts')
  @ApiProblem(404, 'No such account')
  @ApiProblem(409, 'The last enabled admin would be disabled or lose the role admin')
  async change(@Param() { username }: UsernameParam, @Body() body: ChangeAccountRequest): Promise<AccountResponse> {
    return AccountResponse.of(await this.accounts.change(username, body));
  }
}

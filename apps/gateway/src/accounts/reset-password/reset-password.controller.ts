import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { Permission } from '../../access/permission.decorator';
import { SignInAttempts } from '../sign-in-attempts';
import { UsernameParam } from '../account-fields';
import { AccountResponse } from '../account.response';
import { Accounts } from '../accounts';
import { ResetPasswordRequest } from './reset-password.request';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class ResetPasswordController {
  constructor(private readonly accounts: Accounts, private readonly attempts: SignInAttempts) {}

  /** Also lifts a lock: the admin has just spoken with the user. */
  @Post(':username/password')
  @HttpCode(200)
  @Permission('update', 'Account')
  @ApiOperation({ operationId: 'resetUserPassword', summary: "Reset a user's password: every session of the user ends, a sign-in lock is lifted" })
  @ApiResponse({ status: 200, type: AccountResponse, description: 'Reset' })
  @ApiInputProblems({ body: true })
  @ApiProblem(401, 'Not signed in')
  @ApiProblem(403, 'Your role may not reset passwords')
  @ApiProblem(404, 'No such account')
  async reset(@Param() { username }: UsernameParam, @Body() body: ResetPasswordRequest): Promise<AccountResponse> {
    const account = await this.accounts.setPassword(await this.accounts.existing(username), body.password);
    await this.attempts.cleared(account.username);
    return AccountResponse.of(account);
  }
}

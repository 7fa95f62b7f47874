import { Body, Controller, ForbiddenException, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiInputProblems, ApiProblem, InputProblems } from '@aftersales/service-kit';
import type { Response } from 'express';
import { SignedInUser } from '../../access/signed-in-user';
import { Accounts } from '../../accounts/accounts';
import { PasswordHasher } from '../../accounts/password-hasher';
import { CurrentUser } from '../current-user.decorator';
import { Sessions } from '../sessions';
import { SessionResponse } from '../session.response';
import { ChangePasswordRequest } from './change-password.request';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/password')
export class ChangePasswordController {
  constructor(private readonly accounts: Accounts, private readonly hasher: PasswordHasher, private readonly sessions: Sessions) {}

  /** Every session of the user ends (a thief's too); this one goes on with the new tokens answered. */
  @Post()
  @HttpCode(200)
  @ApiOperation({ operationId: 'changePassword', summary: 'Change your own password: every other session ends; this answer starts a new one' })
  @ApiResponse({ status: 200, type: SessionResponse, description: 'Changed: a new access token, the new refresh token in the cookie' })
  @ApiInputProblems({ body: true })
  @ApiProblem(401, 'Not signed in')
  @ApiProblem(403, 'A single-sign-on user changes its password at its identity provider')
  async change(@CurrentUser() user: SignedInUser, @Body() body: ChangePasswordRequest, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    const account = user.source === 'password' ? await this.accounts.byId(user.id) : null;
    if (!account) throw new ForbiddenException('A single-sign-on user changes its password at its identity provider');
    if (!(await this.hasher.verify(account.passwordHash, body.currentPassword))) {
      throw new InputProblems([{ field: 'currentPassword', reason: 'is not your current password' }], 'The current password is wrong');
    }
    return this.sessions.start(await this.accounts.setPassword(account, body.newPassword), res);
  }
}

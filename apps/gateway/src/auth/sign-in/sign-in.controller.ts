import { Body, Controller, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import type { Response } from 'express';
import { GatewayConfig } from '../../gateway.settings';
import { Public } from '../public.decorator';
import { Sessions } from '../sessions';
import { SessionResponse } from '../session.response';
import { SignIn } from './sign-in.handler';
import { SignInRequest } from './sign-in.request';

@ApiTags('auth')
@Controller('auth/sign-in')
export class SignInController {
  constructor(private readonly signIn: SignIn, private readonly sessions: Sessions, private readonly config: GatewayConfig) {}

  @Post()
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ operationId: 'signIn', summary: 'Sign in with a username and password', description: 'Sets the refresh token in the httpOnly cookie `aftersales_refresh` (Path=/api/auth).' })
  @ApiResponse({ status: 200, type: SessionResponse, description: 'Signed in: an access token for 15 minutes' })
  @ApiInputProblems({ body: true })
  @ApiProblem(401, 'Wrong username or password, or the account is locked or disabled (one answer for all)')
  @ApiProblem(429, 'Too many sign-ins from this address; Retry-After says when to try again')
  async post(@Body() body: SignInRequest, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    const account = await this.signIn.check(body.username, body.password);
    return this.sessions.start(account, res);
  }
}

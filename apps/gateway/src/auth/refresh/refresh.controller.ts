import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '@aftersales/service-kit';
import type { Request, Response } from 'express';
import { Public } from '../public.decorator';
import { REFRESH_COOKIE, refreshCookie } from '../refresh-cookie';
import { Sessions } from '../sessions';
import { SessionResponse } from '../session.response';

@ApiTags('auth')
@Controller('auth/refresh')
export class RefreshController {
  constructor(private readonly sessions: Sessions) {}

  @Post()
  // Not rate-limited: a refresh token is 256 random bits (nothing to guess), and an office behind
  // one address refreshes every user's session every 15 minutes.
  @Public()
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({
    operationId: 'refreshSession',
    summary: 'A new access token, for the refresh token in the cookie',
    description: 'Each refresh token works once and is replaced in the cookie; presenting a used one again revokes every token of its sign-in.',
  })
  @ApiResponse({ status: 200, type: SessionResponse, description: 'A new access token; the cookie holds the next refresh token' })
  @ApiProblem(401, 'No refresh token, or it is unknown, expired, used before (its sign-in is revoked) or revoked; the cookie is cleared')
  refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    return this.sessions.refresh(refreshCookie(req), res);
  }
}

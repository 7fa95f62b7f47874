import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../public.decorator';
import { REFRESH_COOKIE, refreshCookie } from '../refresh-cookie';
import { Sessions } from '../sessions';

@ApiTags('auth')
@Controller('auth/sign-out')
export class SignOutController {
  constructor(private readonly sessions: Sessions) {}

  /** Public: signing out must work with an expired access token too; the cookie says which session. */
  @Post()
  @Public()
  @HttpCode(204)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({ operationId: 'signOut', summary: "Sign out: the cookie's refresh token and every token of its sign-in are revoked, the cookie cleared" })
  @ApiResponse({ status: 204, description: 'Signed out (also when there was no session)' })
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.end(refreshCookie(req), res);
  }
}

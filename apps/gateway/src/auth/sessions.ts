import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { SignedInUser } from '../access/signed-in-user';
import { AccountDocument } from '../accounts/account.schema';
import { Accounts } from '../accounts/accounts';
import { GatewayConfig } from '../gateway.settings';
import { AccessTokens } from './access-tokens';
import { NOT_SIGNED_IN } from './authenticator';
import { clearRefreshCookie, setRefreshCookie } from './refresh-cookie';
import { RefreshTokens } from './refresh-tokens';
import { SessionResponse } from './session.response';

export const userOfAccount = (account: AccountDocument): SignedInUser => ({
  id: account.id as string, username: account.username, roles: [...account.roles], dealerCode: account.dealerCode, source: 'password',
});

/** A signed-in session: an access token in the answer, its refresh token in the cookie. */
@Injectable()
export class Sessions {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly refreshTokens: RefreshTokens,
    private readonly accounts: Accounts,
    private readonly config: GatewayConfig,
  ) {}

  async start(account: AccountDocument, res: Response): Promise<SessionResponse> {
    const refreshToken = await this.refreshTokens.issue(account.id as string, account.sessionGeneration);
    return this.answer(account, refreshToken, res);
  }

  /** The next access and refresh token; a used, revoked or expired token (or ended session) is a 401 without cookie. */
  async refresh(token: string | undefined, res: Response): Promise<SessionResponse> {
    const rotation = token ? await this.refreshTokens.rotate(token) : undefined;
    const account = rotation?.ok ? await this.accounts.byId(rotation.accountId) : null;
    if (!rotation?.ok || !account || account.disabled || account.sessionGeneration !== rotation.generation) {
      clearRefreshCookie(res, this.config);
      throw new UnauthorizedException(NOT_SIGNED_IN);
    }
    return this.answer(account, rotation.token, res);
  }

  async end(token: string | undefined, res: Response): Promise<void> {
    if (token) await this.refreshTokens.revokeFamilyOf(token);
    clearRefreshCookie(res, this.config);
  }

  private async answer(account: AccountDocument, refreshToken: string, res: Response): Promise<SessionResponse> {
    const user = userOfAccount(account);
    const { accessToken, expiresIn } = await this.accessTokens.issue(user, account.sessionGeneration);
    setRefreshCookie(res, this.config, refreshToken);
    return { accessToken, expiresIn, user };
  }
}

import { Inject, Injectable, Logger, Optional, UnauthorizedException } from '@nestjs/common';
import { decodeJwt } from 'jose';
import { SignedInUser } from '../access/signed-in-user';
import { Accounts } from '../accounts/accounts';
import { ACCESS_TOKEN_ISSUER, AccessTokens, InvalidToken, userOf } from './access-tokens';
import { OidcTokens } from './oidc/oidc-tokens';

/** What every refused token gets: the reason is logged, never told (it would help a forger). */
export const NOT_SIGNED_IN = 'Sign in first: the access token is missing, invalid or expired';

/**
 * Who a bearer token is. Ours: verified, then the account checked as it is now (a disabled
 * account, or a session ended by a password change, stops at once; roles and dealer are the
 * account's current ones). The OIDC issuer's, when configured: verified against its JWKS.
 */
@Injectable()
export class Authenticator {
  private readonly logger = new Logger('auth');

  constructor(private readonly tokens: AccessTokens, private readonly accounts: Accounts, @Optional() @Inject(OidcTokens) private readonly oidc?: OidcTokens | null) {}

  async authenticate(token: string): Promise<SignedInUser> {
    try {
      if (this.oidc && issuerOf(token) !== ACCESS_TOKEN_ISSUER) return await this.oidc.verify(token);
      const claims = await this.tokens.verify(token);
      const account = await this.accounts.current(claims.sub);
      if (!account || account.disabled || account.sessionGeneration !== claims.gen) throw new InvalidToken('the session has ended');
      return { ...userOf(claims), username: account.username, roles: [...account.roles], dealerCode: account.dealerCode };
    } catch (error) {
      if (!(error instanceof InvalidToken)) throw error;
      this.logger.log(`token refused: ${error.message}`);
      throw new UnauthorizedException(NOT_SIGNED_IN);
    }
  }
}

function issuerOf(token: string): unknown {
  try {
    return decodeJwt(token).iss;
  } catch {
    throw new InvalidToken('not a JWT');
  }
}

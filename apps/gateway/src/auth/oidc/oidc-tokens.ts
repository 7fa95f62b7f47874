import { ForbiddenException } from '@nestjs/common';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { Role, ROLES, SignedInUser } from '../../access/signed-in-user';
import { OidcConfig } from '../../gateway.settings';
import { InvalidToken } from '../access-tokens';

/** Asymmetric algorithms only: an HS256 token "signed" with the issuer's public key is refused. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * Single sign-on (OIDC_ISSUER and OIDC_AUDIENCE set): the issuer's access or ID tokens, verified
 * against its JWKS (OIDC_JWKS_URL, else the discovery document's `jwks_uri`; jose caches the keys
 * and refetches on an unknown key id). Roles come from OIDC_ROLES_CLAIM (unknown ones ignored;
 * none left: 403), the dealer from OIDC_DEALER_CLAIM.
 */
export class OidcTokens {
  private keys?: Promise<JWTVerifyGetKey>;

  constructor(private readonly config: OidcConfig) {}

  async verify(token: string): Promise<SignedInUser> {
    const payload = await this.verified(token);
    const roles = rolesOf(payload[this.config.rolesClaim]);
    if (roles.length === 0) throw new ForbiddenException('The identity provider grants this user no role of the back office');
    const dealerClaim = payload[this.config.dealerClaim];
    const dealerCode = roles.includes('dealer') && typeof dealerClaim === 'string' ? dealerClaim : null;
    const username = [payload['preferred_username'], payload['email'], payload.sub].find((v) => typeof v === 'string') as string;
    // A dealer user is a dealer only: a staff role beside it would void its dealer scoping.
    return { id: `oidc:${payload.sub}`, username, roles: roles.includes('dealer') ? ['dealer'] : roles, dealerCode, source: 'oidc' };
  }

  private async verified(token: string): Promise<JWTPayload & { sub: string }> {
    try {
      const { payload } = await jwtVerify(token, await this.jwks(), {
        issuer: this.config.issuer, audience: this.config.audience, algorithms: ALGORITHMS, requiredClaims: ['sub', 'exp'],
      });
      return payload as JWTPayload & { sub: string };
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new InvalidToken(`OIDC: ${error.message}`);
      throw error;
    }
  }

  private jwks(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.jwksUrl().then((url) => createRemoteJWKSet(new URL(url)));
    this.keys.catch(() => (this.keys = undefined)); // an issuer down at the first request is asked again at the next
    return this.keys;
  }

  private async jwksUrl(): Promise<string> {
    if (this.config.jwksUrl) return this.config.jwksUrl;
    const discovery = `${this.config.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    const jwksUri = await fetch(discovery, { signal: AbortSignal.timeout(5_000) })
      .then(async (answer) => (answer.ok ? ((await answer.json()) as { jwks_uri?: unknown }).jwks_uri : undefined))
      .catch(() => undefined);
    if (typeof jwksUri !== 'string') throw new InvalidToken(`OIDC: no jwks_uri at ${discovery}`);
    return jwksUri;
  }
}

/** A claim holding roles as an array, or as one space- or comma-separated string. */
function rolesOf(claim: unknown): Role[] {
  const names = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  return [...new Set(names.filter((name): name is Role => (ROLES as readonly unknown[]).includes(name)))];
}

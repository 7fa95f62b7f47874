import { Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { Role, ROLES, SignedInUser } from '../access/signed-in-user';
import { GatewayConfig } from '../gateway.settings';

export const ACCESS_TOKEN_ISSUER = 'aftersales-gateway';
export const ACCESS_TOKEN_AUDIENCE = 'aftersales-backoffice';
export const ACCESS_TOKEN_SECONDS = 15 * 60;

/** The claims of our access token; `gen` is the account's session generation when it was issued. */
export interface AccessClaims {
  sub: string;
  name: string;
  roles: Role[];
  dealer: string | null;
  src: 'password' | 'oidc';
  gen: number;
}

export class InvalidToken extends Error {}

/**
 * Our access tokens: JWTs signed HS256 with GATEWAY_JWT_SECRET, 15 minutes. Verification pins
 * the algorithm (a token of `alg: none` or another algorithm is refused), the issuer and the
 * audience, and needs every claim in its shape.
 */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(config: GatewayConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  async issue(user: SignedInUser, generation: number): Promise<{ accessToken: string; expiresIn: number }> {
    const claims = { name: user.username, roles: user.roles, dealer: user.dealerCode, src: user.source, gen: generation };
    const accessToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id).setIssuer(ACCESS_TOKEN_ISSUER).setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt().setExpirationTime(`${ACCESS_TOKEN_SECONDS}s`)
      .sign(this.key);
    return { accessToken, expiresIn: ACCESS_TOKEN_SECONDS };
  }

  async verify(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE, requiredClaims: ['sub', 'exp', 'iat'] });
      if (!isAccessClaims(payload)) throw new InvalidToken('the token lacks a claim');
      return payload;
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof InvalidToken) throw new InvalidToken(error.message);
      throw error;
    }
  }
}

function isAccessClaims(payload: Record<string, unknown>): payload is Record<string, unknown> & AccessClaims {
  const { sub, name, roles, dealer, src, gen } = payload;
  return typeof sub === 'string' && typeof name === 'string' && Number.isInteger(gen)
    && Array.isArray(roles) && roles.every((role) => (ROLES as readonly unknown[]).includes(role))
    && (dealer === null || typeof dealer === 'string') && (src === 'password' || src === 'oidc');
}

export function userOf(claims: AccessClaims): SignedInUser {
  return { id: claims.sub, username: claims.name, roles: claims.roles, dealerCode: claims.dealer, source: claims.src };
}

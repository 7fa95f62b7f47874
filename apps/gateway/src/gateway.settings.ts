import { applyDecorators } from '@nestjs/common';
import { ServiceSettings, validateSettings, WholeNumberSetting } from '@aftersales/service-kit';
import { IsIn, IsOptional, IsString, Matches, MinLength, ValidationArguments } from 'class-validator';

const text = (pattern: RegExp, what: string) => applyDecorators(
  IsOptional(), IsString(), Matches(pattern, { message: (args: ValidationArguments) => `${args.property} must be ${what}, got '${String(args.value)}'` }),
);
const HTTP_URL = /^https?:\/\/\S+$/;
const BOOLEAN = /^(true|false)$/;

/**
 * Every setting of the gateway, as environment variables (README "Settings"). It extends the
 * services' schema for PORT, HOST, MONGO_URL, LOG_LEVEL and JSON_MAX_DEPTH; the Kafka ones are
 * not read (the gateway has no Kafka). A bad value stops the start, named.
 */
export class GatewaySettings extends ServiceSettings {
  @text(/^[^\s/\\."$*<>:|?]{1,63}$/, 'a MongoDB database name') GATEWAY_MONGO_DB?: string;
  @IsOptional() @IsString() @MinLength(32, { message: 'GATEWAY_JWT_SECRET must be at least 32 characters' }) GATEWAY_JWT_SECRET?: string;
  @text(BOOLEAN, 'true or false') GATEWAY_COOKIE_SECURE?: string;
  @text(/^(https?:\/\/[^\s,]+)(,https?:\/\/[^\s,]+)*$/, 'origins like https://a.example,https://b.example') GATEWAY_CORS_ORIGINS?: string;
  @text(/^\d+(kb|mb)$/, 'a size like 100kb or 1mb') GATEWAY_BODY_LIMIT?: string;
  @WholeNumberSetting(1, 1_000) GATEWAY_SIGNIN_SLOWDOWN_AFTER?: number;
  @WholeNumberSetting(1, 1_000) GATEWAY_SIGNIN_LOCK_AFTER?: number;
  @WholeNumberSetting(1, 24 * 60) GATEWAY_SIGNIN_LOCK_MINUTES?: number;
  @WholeNumberSetting(1, 10_000) GATEWAY_SIGNIN_RATE_LIMIT?: number;
  @WholeNumberSetting(1, 30 * 24 * 60) GATEWAY_REFRESH_MINUTES?: number;
  @WholeNumberSetting(0, 60_000) GATEWAY_ACCOUNT_CACHE_MS?: number;
  @WholeNumberSetting(0, 3_600_000) GATEWAY_SUB_DEALERS_CACHE_MS?: number;
  @WholeNumberSetting(1_000, 3_600_000) GATEWAY_UPSTREAM_TIMEOUT_MS?: number;
  @IsOptional() @IsString() GATEWAY_UI_DIR?: string;
  @text(HTTP_URL, 'an http(s) URL') CONTRACTS_URL?: string;
  @text(HTTP_URL, 'an http(s) URL') SETTLEMENTS_URL?: string;
  @text(HTTP_URL, 'an http(s) URL') OIDC_ISSUER?: string;
  @IsOptional() @IsString() OIDC_AUDIENCE?: string;
  @text(HTTP_URL, 'an http(s) URL') OIDC_JWKS_URL?: string;
  @IsOptional() @IsString() OIDC_ROLES_CLAIM?: string;
  @IsOptional() @IsString() OIDC_DEALER_CLAIM?: string;
  @IsOptional() @IsIn(['production', 'development', 'test']) NODE_ENV?: string;
}

export interface OidcConfig {
  issuer: string;
  audience: string;
  /** Unset: read from the issuer's discovery document (`jwks_uri`). */
  jwksUrl?: string;
  rolesClaim: string;
  dealerClaim: string;
}

/** What the gateway reads, from the validated settings, with the defaults. */
export class GatewayConfig {
  port!: number;
  host!: string;
  mongoUrl!: string;
  mongoDb!: string;
  jwtSecret!: string;
  cookieSecure!: boolean;
  /** Origins allowed by CORS; empty: closed (the UI is served from the gateway itself). */
  corsOrigins!: string[];
  bodyLimit!: string;
  jsonMaxDepth!: number;
  signInSlowdownAfter!: number;
  signInLockAfter!: number;
  signInLockMinutes!: number;
  /** Sign-in attempts per IP per minute. */
  signInRateLimit!: number;
  refreshMinutes!: number;
  /** How long an account read for a request is trusted (a disabled account stops within it). */
  accountCacheMs!: number;
  /** How long a dealer user's sub-dealers (from contracts) are trusted. */
  subDealersCacheMs!: number;
  /** How long a service may take to start answering, and to finish its answer (then 503). */
  upstreamTimeoutMs!: number;
  uiDir!: string;
  actorSecret?: string;
  /** Base URL of each routed service, by its name in services.json. */
  services!: Record<string, string>;
  oidc?: OidcConfig;
  logLevel!: string;
}

/** In development only: a production gateway refuses to start without GATEWAY_JWT_SECRET. */
export const DEV_JWT_SECRET = 'aftersales-gateway-development-secret-not-for-production';

/** The routed services as services.json lists them (main.ts reads it): name → local port. */
export type ServiceList = Record<string, { port: number }>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env, services: ServiceList = {}): GatewayConfig {
  const s = validateSettings(GatewaySettings, env);
  if (s.NODE_ENV === 'production' && !s.GATEWAY_JWT_SECRET) throw new Error('Invalid settings: GATEWAY_JWT_SECRET is required when NODE_ENV=production');
  return {
    port: s.PORT ?? 3000,
    host: s.HOST ?? '127.0.0.1',
    mongoUrl: s.MONGO_URL ?? 'mongodb://127.0.0.1:27018/',
    mongoDb: s.GATEWAY_MONGO_DB ?? 'aftersales_gateway',
    jwtSecret: s.GATEWAY_JWT_SECRET ?? DEV_JWT_SECRET,
    cookieSecure: s.GATEWAY_COOKIE_SECURE === 'true',
    corsOrigins: s.GATEWAY_CORS_ORIGINS ? s.GATEWAY_CORS_ORIGINS.split(',') : [],
    bodyLimit: s.GATEWAY_BODY_LIMIT ?? '100kb',
    jsonMaxDepth: s.JSON_MAX_DEPTH ?? 32,
    signInSlowdownAfter: s.GATEWAY_SIGNIN_SLOWDOWN_AFTER ?? 3,
    signInLockAfter: s.GATEWAY_SIGNIN_LOCK_AFTER ?? 10,
    signInLockMinutes: s.GATEWAY_SIGNIN_LOCK_MINUTES ?? 15,
    signInRateLimit: s.GATEWAY_SIGNIN_RATE_LIMIT ?? 20,
    refreshMinutes: s.GATEWAY_REFRESH_MINUTES ?? 12 * 60,
    accountCacheMs: s.GATEWAY_ACCOUNT_CACHE_MS ?? 5_000,
    subDealersCacheMs: s.GATEWAY_SUB_DEALERS_CACHE_MS ?? 30_000,
    upstreamTimeoutMs: s.GATEWAY_UPSTREAM_TIMEOUT_MS ?? 30_000,
    uiDir: s.GATEWAY_UI_DIR ?? 'dist/apps/backoffice-web',
    actorSecret: s.ACTOR_SECRET,
    services: serviceUrls(env, services),
    oidc: oidcConfig(s),
    logLevel: s.LOG_LEVEL ?? 'info',
  };
}

/** `<NAME>_URL` for each service of services.json, by default its local port: a new service is routed with no edit here. */
function serviceUrls(env: NodeJS.ProcessEnv, services: ServiceList): Record<string, string> {
  const entries = Object.entries(services).map(([name, { port }]) => {
    const setting = `${name.toUpperCase().replace(/-/g, '_')}_URL`;
    const url = env[setting];
    if (url !== undefined && !HTTP_URL.test(url)) throw new Error(`Invalid settings: ${setting} must be an http(s) URL, got '${url}'`);
    return [name, (url ?? `http://127.0.0.1:${port}`).replace(/\/+$/, '')] as const;
  });
  return Object.fromEntries(entries);
}

function oidcConfig(s: GatewaySettings): OidcConfig | undefined {
  if (!s.OIDC_ISSUER && !s.OIDC_AUDIENCE) return undefined;
  if (!s.OIDC_ISSUER || !s.OIDC_AUDIENCE) throw new Error('Invalid settings: OIDC_ISSUER and OIDC_AUDIENCE go together');
  return {
    issuer: s.OIDC_ISSUER, audience: s.OIDC_AUDIENCE, jwksUrl: s.OIDC_JWKS_URL,
    rolesClaim: s.OIDC_ROLES_CLAIM ?? 'roles', dealerClaim: s.OIDC_DEALER_CLAIM ?? 'dealer_code',
  };
}

import { DEV_JWT_SECRET, loadGatewayConfig } from './gateway.settings';

const SERVICES = { contracts: { port: 3101 }, settlements: { port: 3103 } };

describe('the gateway settings', () => {
  it('defaults: port 3000, its own database, the development secret, CORS closed, each service at its local port', () => {
    const config = loadGatewayConfig({}, SERVICES);
    expect(config).toMatchObject({
      port: 3000, mongoDb: 'aftersales_gateway', jwtSecret: DEV_JWT_SECRET, corsOrigins: [], cookieSecure: false,
      services: { contracts: 'http://127.0.0.1:3101', settlements: 'http://127.0.0.1:3103' },
      upstreamTimeoutMs: 30_000, subDealersCacheMs: 30_000,
    });
    expect(config.oidc).toBeUndefined();
  });

  it('a service URL comes from <SERVICE>_URL, for every service listed', () => {
    expect(loadGatewayConfig({ SETTLEMENTS_URL: 'http://settlements:3103/' }, SERVICES).services)
      .toEqual({ contracts: 'http://127.0.0.1:3101', settlements: 'http://settlements:3103' });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a TCP port/],
    [{ GATEWAY_JWT_SECRET: 'short' }, /GATEWAY_JWT_SECRET must be at least 32 characters/],
    [{ NODE_ENV: 'production' }, /GATEWAY_JWT_SECRET is required when NODE_ENV=production/],
    [{ GATEWAY_COOKIE_SECURE: 'yes' }, /GATEWAY_COOKIE_SECURE must be true or false/],
    [{ GATEWAY_CORS_ORIGINS: '*' }, /GATEWAY_CORS_ORIGINS must be origins/],
    [{ GATEWAY_SIGNIN_LOCK_AFTER: '0' }, /GATEWAY_SIGNIN_LOCK_AFTER must be an integer from 1/],
    [{ GATEWAY_BODY_LIMIT: 'lots' }, /GATEWAY_BODY_LIMIT must be a size/],
    [{ CONTRACTS_URL: 'contracts:3101' }, /CONTRACTS_URL must be an http\(s\) URL/],
    [{ GATEWAY_UPSTREAM_TIMEOUT_MS: '500' }, /GATEWAY_UPSTREAM_TIMEOUT_MS must be an integer from 1000/],
    [{ GATEWAY_SUB_DEALERS_CACHE_MS: '-1' }, /GATEWAY_SUB_DEALERS_CACHE_MS must be an integer from 0/],
    [{ OIDC_ISSUER: 'https://login.example' }, /OIDC_ISSUER and OIDC_AUDIENCE go together/],
  ])('a bad setting %p stops the start, named', (env, message) => {
    expect(() => loadGatewayConfig(env, SERVICES)).toThrow(message);
  });

  it('single sign-on: both settings given, the claims by default roles and dealer_code', () => {
    expect(loadGatewayConfig({ OIDC_ISSUER: 'https://login.example', OIDC_AUDIENCE: 'backoffice' }, SERVICES).oidc)
      .toEqual({ issuer: 'https://login.example', audience: 'backoffice', jwksUrl: undefined, rolesClaim: 'roles', dealerClaim: 'dealer_code' });
  });
});

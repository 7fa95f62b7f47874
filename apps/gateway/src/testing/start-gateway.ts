import type { NestExpressApplication } from '@nestjs/platform-express';
import { JsonLogger } from '@aftersales/service-kit';
import { Role } from '../access/signed-in-user';
import { Accounts } from '../accounts/accounts';
import { GatewayConfig, loadGatewayConfig } from '../gateway.settings';
import { createGatewayApp } from '../platform/create-gateway-app';

export interface GatewayTestOptions {
  mongoUrl: string;
  /** The gateway's database: give each test its own (e.g. `${ctx.dbName}_gateway`). */
  mongoDb: string;
  /** Base URL of each routed service by its services.json name (none by default). */
  services?: Record<string, string>;
  /** Default 0: a port the OS picks (the URL says which). */
  port?: number;
  /** Any other setting, as the environment would give it (e.g. GATEWAY_SIGNIN_LOCK_AFTER). */
  env?: Record<string, string>;
}

export interface GatewayUnderTest {
  url: string;
  app: NestExpressApplication;
  config: GatewayConfig;
  close(): Promise<void>;
}

/** A real gateway on 127.0.0.1, on its own database; the settings go through the same validation as main's. */
export async function startGateway(options: GatewayTestOptions): Promise<GatewayUnderTest> {
  const config = loadGatewayConfig({
    GATEWAY_SIGNIN_RATE_LIMIT: '1000', ...options.env,
    MONGO_URL: options.mongoUrl, GATEWAY_MONGO_DB: options.mongoDb, PORT: String(options.port ?? 0),
  });
  config.services = { ...options.services };
  const app = await createGatewayApp(config, new JsonLogger('gateway', process.env['TEST_LOG_LEVEL'] ?? 'error'));
  await app.listen(config.port, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, app, config, close: () => app.close() };
}

export interface TestAccount {
  username: string;
  password?: string;
  roles: Role[];
  dealerCode?: string | null;
}

export const TEST_PASSWORD = 'test-password-1234';

/** An account of any role, opened directly (no admin needed); its password is TEST_PASSWORD unless given. */
export async function createAccount(gateway: GatewayUnderTest, account: TestAccount): Promise<{ id: string; username: string; password: string }> {
  const password = account.password ?? TEST_PASSWORD;
  const opened = await gateway.app.get(Accounts).open({ ...account, password });
  return { id: opened.id as string, username: opened.username, password };
}

import 'reflect-metadata';
import { JsonLogger } from '@aftersales/service-kit';
import services from '../../../services.json';
import { loadGatewayConfig } from './gateway.settings';
import { createGatewayApp } from './platform/create-gateway-app';

/** Settings from the environment (a bad one stops the start, named), JSON logs, listen. */
async function start(): Promise<void> {
  const config = loadGatewayConfig(process.env, services); // the routed services: the one list
  const logger = new JsonLogger('gateway', config.logLevel);
  logger.write('info', 'settings', 'main', { settings: { ...config, jwtSecret: '[Redacted]', actorSecret: config.actorSecret ? '[Redacted]' : undefined } });
  const app = await createGatewayApp(config, logger);
  await app.listen(config.port, config.host);
  logger.log(`gateway listening on http://${config.host}:${config.port} (docs at /docs)`, 'main');
}

start().catch((error) => {
  console.error(error);
  process.exit(1);
});

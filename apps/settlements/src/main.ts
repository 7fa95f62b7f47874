import 'reflect-metadata';
import { createServiceApp, JsonLogger, loadServiceConfig } from '@aftersales/service-kit';
import { SettlementsModule } from './settlements.module';

async function main() {
  const config = loadServiceConfig('settlements', 3103);
  const logger = new JsonLogger(config.service);
  const app = await createServiceApp(SettlementsModule.register(config, logger), {
    title: 'settlements',
    description: 'Dealer payments (回款) and the repair fund (專項維修費用)',
    logger,
  });
  await app.listen(config.port, process.env['HOST'] ?? '127.0.0.1');
  logger.log(`settlements listening on http://${process.env['HOST'] ?? '127.0.0.1'}:${config.port} (docs at /docs)`, 'main');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

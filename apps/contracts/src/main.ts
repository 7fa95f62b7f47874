import 'reflect-metadata';
import { createServiceApp, JsonLogger, loadServiceConfig } from '@aftersales/service-kit';
import { ContractsModule } from './contracts.module';

async function main() {
  const config = loadServiceConfig('contracts', 3101);
  const logger = new JsonLogger(config.service);
  const app = await createServiceApp(ContractsModule.register(config, logger), {
    title: 'contracts',
    description: 'Dealers and their versioned after-sales service agreements (售後服務協議)',
    logger,
  });
  await app.listen(config.port, process.env['HOST'] ?? '127.0.0.1');
  logger.log(`contracts listening on http://${process.env['HOST'] ?? '127.0.0.1'}:${config.port} (docs at /docs)`, 'main');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

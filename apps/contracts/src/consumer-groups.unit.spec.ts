import 'reflect-metadata';
import { TOPICS } from '@aftersales/integration-events';
import { declaredKafkaRoutes } from '@aftersales/kafka';
import { JsonLogger, loadServiceConfig } from '@aftersales/service-kit';
import { ContractsModule } from './contracts.module';

describe('contracts Kafka handlers', () => {
  it('keep the consumer group of the deployed system, so it resumes from its committed offsets', () => {
    const module = ContractsModule.register(loadServiceConfig('contracts', 0, {}), new JsonLogger('contracts', 'error'));
    const routes = declaredKafkaRoutes(module.controllers ?? []).map(({ topic, group, batch }) => ({ topic, group, batch }));
    expect(routes).toEqual(expect.arrayContaining([
      { topic: TOPICS.contracts, group: 'contracts.read-model', batch: true },
      { topic: TOPICS.contracts, group: 'contracts.units', batch: true },
      { topic: TOPICS.contracts, group: 'contracts.organisation', batch: true },
      { topic: TOPICS.feeds, group: 'contracts.unit-sales', batch: true },
      { topic: TOPICS.feeds, group: 'contracts.warranty-cards', batch: false },
    ]));
  });
});

import 'reflect-metadata';
import { TOPICS } from '@aftersales/integration-events';
import { declaredKafkaRoutes } from '@aftersales/kafka';
import { JsonLogger, loadServiceConfig } from '@aftersales/service-kit';
import { SettlementsModule } from './settlements.module';

describe('settlements Kafka handlers', () => {
  it('keep the consumer groups of the deployed system, so it resumes from their committed offsets', () => {
    const module = SettlementsModule.register(loadServiceConfig('settlements', 0, {}), new JsonLogger('settlements', 'error'));
    const routes = declaredKafkaRoutes(module.controllers ?? []).map(({ topic, group, batch }) => ({ topic, group, batch }));
    expect(routes).toEqual(expect.arrayContaining([
      { topic: TOPICS.settlements, group: 'settlements.fund-accrual', batch: false },
      { topic: TOPICS.contracts, group: 'settlements.fund-re-rating', batch: true },
      { topic: TOPICS.contracts, group: 'settlements.terms', batch: true },
      { topic: TOPICS.settlements, group: 'settlements.fund-balance', batch: true },
      { topic: TOPICS.settlements, group: 'settlements.payments', batch: true },
      { topic: TOPICS.parts, group: 'settlements.parts-charges', batch: false },
      { topic: TOPICS.settlements, group: 'settlements.invoice-lines', batch: true },
    ]));
    expect(routes).toHaveLength(7);
  });
});

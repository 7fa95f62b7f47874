import 'reflect-metadata';
import { TOPICS } from '@aftersales/integration-events';
import { declaredKafkaRoutes } from '@aftersales/kafka';
import { NETWORK } from './network.feature';

describe("the NETWORK area's Kafka handlers", () => {
  it('keep the consumer groups of the deployed system, so each resumes from its committed offsets', () => {
    const routes = declaredKafkaRoutes(NETWORK.controllers).map(({ topic, group, batch }) => ({ topic, group, batch }));
    expect(routes).toEqual([
      { topic: TOPICS.contracts, group: 'dealer-feeds.network', batch: true },
      { topic: TOPICS.feeds, group: 'dealer-feeds.repair-records', batch: true },
      { topic: TOPICS.feeds, group: 'dealer-feeds.feed-matrix', batch: true },
    ]);
  });
});

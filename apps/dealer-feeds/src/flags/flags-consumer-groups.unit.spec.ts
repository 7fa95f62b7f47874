import 'reflect-metadata';
import { TOPICS } from '@aftersales/integration-events';
import { declaredKafkaRoutes } from '@aftersales/kafka';
import { FLAGS } from './flags.feature';

describe('the flags area\'s Kafka handlers', () => {
  it('keep the consumer groups of the deployed system, so they resume from their committed offsets', () => {
    const routes = declaredKafkaRoutes(FLAGS.controllers).map(({ topic, group, batch }) => ({ topic, group, batch }));
    expect(routes).toEqual(expect.arrayContaining([
      { topic: TOPICS.contracts, group: 'dealer-feeds.flag-units', batch: true },
      { topic: TOPICS.feeds, group: 'dealer-feeds.flag-feed-rows', batch: true },
      { topic: TOPICS.feeds, group: 'dealer-feeds.feed-flags', batch: true },
    ]));
    expect(routes).toHaveLength(3);
  });
});

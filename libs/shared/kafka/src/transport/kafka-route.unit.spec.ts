import { TOPICS } from '@aftersales/integration-events';
import { parseKafkaRoute } from './kafka-route';

/** As Nest stores a pattern: JSON with its keys sorted. */
const stored = (pattern: unknown) => JSON.stringify(pattern);

describe('parseKafkaRoute: the pattern and extras of a Kafka @EventPattern', () => {
  it('reads topic and group, a single-event handler by default', () => {
    expect(parseKafkaRoute(stored({ group: 'settlements.fund-accrual', topic: TOPICS.settlements })))
      .toEqual({ topic: TOPICS.settlements, group: 'settlements.fund-accrual', batch: false });
  });

  it('reads the extras: batch and maxAttempts', () => {
    expect(parseKafkaRoute(stored({ group: 'g', topic: TOPICS.contracts }), { batch: true, maxAttempts: 3 }))
      .toEqual({ topic: TOPICS.contracts, group: 'g', batch: true, maxAttempts: 3 });
  });

  it.each([
    ['a plain string pattern', 'contracts.events.v1', /pattern is \{ topic, group \}/],
    ['an array', stored([TOPICS.contracts]), /pattern is \{ topic, group \}/],
    ['an unknown topic', stored({ group: 'g', topic: 'contracts.events.v9' }), /"contracts\.events\.v9" is not one of TOPICS \(contracts\.events\.v1, /],
    ['no topic', stored({ group: 'g' }), /the topic undefined is not one of TOPICS/],
    ['no group', stored({ topic: TOPICS.contracts }), /the consumer group is missing/],
    ['a blank group', stored({ group: ' ', topic: TOPICS.contracts }), /the consumer group is missing/],
    ['another key', stored({ group: 'g', partition: 1, topic: TOPICS.contracts }), /unknown pattern keys partition/],
  ])('refuses %s with a clear message', (_case, pattern, message) => {
    expect(() => parseKafkaRoute(pattern)).toThrow(message);
  });

  it.each([
    ['an unknown extra', { batchSize: 10 }, /unknown extras batchSize \(only batch and maxAttempts\)/],
    ['a batch flag that is not a boolean', { batch: 'yes' }, /extras\.batch must be true or false/],
    ['zero attempts', { maxAttempts: 0 }, /extras\.maxAttempts must be a whole number of at least 1/],
    ['fractional attempts', { maxAttempts: 1.5 }, /extras\.maxAttempts must be a whole number/],
  ])('refuses %s', (_case, extras, message) => {
    expect(() => parseKafkaRoute(stored({ group: 'g', topic: TOPICS.contracts }), extras)).toThrow(message);
  });

  it('names the pattern in the error', () => {
    expect(() => parseKafkaRoute(stored({ topic: TOPICS.contracts }))).toThrow('@EventPattern({"topic":"contracts.events.v1"})');
  });
});

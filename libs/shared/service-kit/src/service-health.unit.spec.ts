import { ConsumerHealth, consumerProblem, kafkaStartupProblem, RelayHealth, relayProblem } from './service-health';

const NOW = Date.parse('2026-07-15T10:00:00.000Z');
const ago = (s: number) => new Date(NOW - s * 1000).toISOString();
const consumer = (over: Partial<ConsumerHealth> = {}): ConsumerHealth => ({
  group: 'settlements.fund-accrual', topics: ['settlements.events.v1'], state: 'running', since: ago(600), lastProgressAt: ago(2),
  restarts: 0, lastError: null, deadLettered: 0, lastDeadLetter: null, lag: 0, ...over,
});
const relay = (over: Partial<RelayHealth> = {}): RelayHealth => ({
  state: 'idle', workWaiting: false, queued: 0, lastProgressAt: ago(1), failures: 0, lastError: null, stalled: false, ...over,
});
const limits = { now: NOW, consumerStallMs: 60_000 };

describe('what /health judges', () => {
  it('finds nothing wrong when the relay moves and a consumer runs; dead letters are shown, not judged', () => {
    const lastDeadLetter = { eventId: 'e-1', topic: 'settlements.events.v1', partition: 0, offset: '7', error: 'Error: too big', at: ago(5) };
    expect(consumerProblem(consumer({ deadLettered: 1, lastDeadLetter }), limits)).toBeUndefined();
    expect(relayProblem(relay(), NOW)).toBeUndefined();
    expect(kafkaStartupProblem({ ready: true, error: null })).toBeUndefined();
  });

  it('reports a relay stalled with work waiting', () => {
    const stalled = relay({ state: 'failing', workWaiting: true, stalled: true, lastProgressAt: ago(75), lastError: 'KafkaJSProtocolError: out of order sequence number' });
    expect(relayProblem(stalled, NOW)).toBe('outbox relay has published nothing for 75 s while commits wait (KafkaJSProtocolError: out of order sequence number)');
  });

  it('reports a consumer being recreated or stopped at once, and a stalled one only when messages wait past the threshold', () => {
    const problems = [
      consumer({ group: 'a', state: 'recreating', restarts: 2, lastError: 'KafkaJSError: The coordinator is not aware of this member' }),
      consumer({ group: 'b', state: 'stopped' }),
      consumer({ group: 'c', state: 'running', lastProgressAt: ago(90), lag: 12 }),
      consumer({ group: 'd', state: 'starting', lastProgressAt: ago(90), lag: 0 }), // idle, nothing waits: fine
      consumer({ group: 'e', state: 'starting', lastProgressAt: ago(20), lag: 40 }), // joining after a restart: fine for now
    ].map((c) => consumerProblem(c, limits));
    expect(problems).toEqual([
      'consumer a is being recreated after a failure (2 so far; last: KafkaJSError: The coordinator is not aware of this member)',
      'consumer b has stopped',
      'consumer c has made no progress for 90 s with 12 messages waiting (running)',
      undefined,
      undefined,
    ]);
  });

  it('reports topics not created yet while Kafka start-up keeps failing', () => {
    expect(kafkaStartupProblem({ ready: false, error: 'KafkaJSConnectionError: Connection error' }))
      .toBe('Kafka topics are not created yet: KafkaJSConnectionError: Connection error');
  });
});

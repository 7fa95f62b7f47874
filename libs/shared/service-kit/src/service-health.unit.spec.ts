import { assessHealth, ConsumerHealth, HealthReport } from './service-health';

const NOW = Date.parse('2026-07-15T10:00:00.000Z');
const ago = (s: number) => new Date(NOW - s * 1000).toISOString();
const consumer = (over: Partial<ConsumerHealth> = {}): ConsumerHealth => ({
  group: 'settlements.fund-accrual', topics: ['settlements.events.v1'], state: 'running', since: ago(600), lastProgressAt: ago(2),
  restarts: 0, lastError: null, deadLettered: 0, lastDeadLetter: null, lag: 0, ...over,
});
const report = (over: Partial<Omit<HealthReport, 'status' | 'problems'>> = {}): Omit<HealthReport, 'status' | 'problems'> => ({
  service: 'settlements',
  checks: { mongo: 'up', kafka: 'up' },
  kafkaStartup: { ready: true, error: null },
  relay: { state: 'idle', workWaiting: false, queued: 0, lastProgressAt: ago(1), failures: 0, lastError: null, stalled: false },
  consumers: [consumer()],
  ...over,
});
const assess = (r: ReturnType<typeof report>) => assessHealth(r, { now: NOW, consumerStallMs: 60_000 });

describe('assessHealth', () => {
  it('is up when both servers answer, the relay moves and every consumer runs; dead letters are shown, not judged', () => {
    const lastDeadLetter = { eventId: 'e-1', topic: 'settlements.events.v1', partition: 0, offset: '7', error: 'Error: too big', at: ago(5) };
    const health = assess(report({ consumers: [consumer({ deadLettered: 1, lastDeadLetter })] }));
    expect(health).toMatchObject({ status: 'up', problems: [] });
    expect(health.consumers[0].lastDeadLetter?.eventId).toBe('e-1');
  });

  it('says which server is down', () => {
    expect(assess(report({ checks: { mongo: 'up', kafka: 'down: Connection error' } })).problems).toEqual(['kafka is down: Connection error']);
  });

  it('reports a relay stalled with work waiting', () => {
    const relay = { ...report().relay, state: 'failing' as const, workWaiting: true, stalled: true, lastProgressAt: ago(75), lastError: 'KafkaJSProtocolError: out of order sequence number' };
    expect(assess(report({ relay })).problems).toEqual([
      'outbox relay has published nothing for 75 s while commits wait (KafkaJSProtocolError: out of order sequence number)',
    ]);
  });

  it('reports a consumer being recreated or stopped at once, and a stalled one only when messages wait past the threshold', () => {
    const problems = assess(report({ consumers: [
      consumer({ group: 'a', state: 'recreating', restarts: 2, lastError: 'KafkaJSError: The coordinator is not aware of this member' }),
      consumer({ group: 'b', state: 'stopped' }),
      consumer({ group: 'c', state: 'running', lastProgressAt: ago(90), lag: 12 }),
      consumer({ group: 'd', state: 'starting', lastProgressAt: ago(90), lag: 0 }), // idle, nothing waits: fine
      consumer({ group: 'e', state: 'starting', lastProgressAt: ago(20), lag: 40 }), // joining after a restart: fine for now
    ] })).problems;
    expect(problems).toEqual([
      'consumer a is being recreated after a failure (2 so far; last: KafkaJSError: The coordinator is not aware of this member)',
      'consumer b has stopped',
      'consumer c has made no progress for 90 s with 12 messages waiting (running)',
    ]);
  });

  it('reports topics not created yet while Kafka start-up keeps failing', () => {
    expect(assess(report({ kafkaStartup: { ready: false, error: 'KafkaJSConnectionError: Connection error' } })).problems)
      .toEqual(['Kafka topics are not created yet: KafkaJSConnectionError: Connection error']);
  });
});

import { MongoBulkWriteError, MongoNetworkError } from 'mongodb';
import { Backoff, FailureLog } from './recovery';
import { classifyKafkaLog, LogThrottle } from './kafka-log';
import { isTransient } from './transient-errors';

const named = (name: string, message = 'x', extra: object = {}) => Object.assign(new Error(message), { name }, extra);

describe('Backoff', () => {
  it('doubles from 250 ms up to a 30 s cap, and starts again after a success', () => {
    const backoff = new Backoff();
    const delays = Array.from({ length: 10 }, () => backoff.next());
    expect(delays).toEqual([250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(backoff.attempt).toBe(10);
    backoff.reset();
    expect(backoff.next()).toBe(250);
  });

  it('never overflows, however long the outage', () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 5_000 });
    for (let i = 0; i < 2_000; i++) backoff.next();
    expect(backoff.next()).toBe(5_000);
  });
});

describe('FailureLog', () => {
  it('logs the first failure with its error, then one warning per step with the attempt, then the recovery', () => {
    const log = new FailureLog('outbox relay');
    const first = log.failed(new Error('out of order sequence number'), 250, 1_000);
    const second = log.failed(new Error('out of order sequence number'), 500, 1_250);
    expect(first).toEqual({ level: 'error', message: 'outbox relay failed; retrying in 250 ms',
      fields: { error: 'Error: out of order sequence number', attempt: 1, retryInMs: 250 } });
    expect(second).toMatchObject({ level: 'warn', message: 'outbox relay still failing (attempt 2); retrying in 500 ms', fields: { attempt: 2 } });
    expect(log.succeeded(4_000)).toEqual({ level: 'info', message: 'outbox relay recovered after 2 failed attempts', fields: { attempts: 2, downMs: 3_000 } });
    expect(log.succeeded(5_000)).toBeUndefined();
    expect(log.failed('again', 250).fields['attempt']).toBe(1);
  });

  it('an hour-long outage makes about 130 lines, not one per retry of a tight loop', () => {
    const backoff = new Backoff();
    const log = new FailureLog('consumer x');
    let lines = 0;
    for (let waited = 0; waited < 3_600_000;) {
      const delay = backoff.next();
      if (log.failed(new Error('ECONNREFUSED'), delay)) lines++;
      waited += delay;
    }
    expect(lines).toBeLessThan(135);
  });
});

describe('classifyKafkaLog', () => {
  it.each([
    ['Response GroupCoordinator(key: 10, version: 2)', "The coordinator is loading and hence can't process requests for this group"],
    ['Response Metadata(key: 3, version: 6)', 'There is no leader for this topic-partition as we are in the middle of a leadership election'],
    ['Response FindCoordinator(key: 10, version: 2)', 'The group coordinator is not available'],
    ['Connection error: connect ECONNREFUSED 127.0.0.1:19092', undefined],
    ['Failed to connect to seed broker, trying another broker from the list: Connection error: connect ECONNREFUSED', undefined],
    ['The coordinator is not aware of this member, re-joining the group', 'The coordinator is not aware of this member'],
    ['Crash: KafkaJSNumberOfRetriesExceeded: The group coordinator is not available', undefined],
    ['Response CreateTopics(key: 19, version: 3)', 'Topic with this name already exists'],
    ['Error when calling eachBatch', undefined],
  ])('a retriable condition is a warning: %s', (message, error) => {
    expect(classifyKafkaLog('error', message, error ? { error } : {}).level).toBe('warn');
  });

  it('anything else stays an error', () => {
    expect(classifyKafkaLog('error', 'Response Produce(key: 0, version: 7)', { error: 'The broker received an out of order sequence number' }).level).toBe('error');
    expect(classifyKafkaLog('error', 'Response SaslAuthenticate', { error: 'Authentication failed' }).level).toBe('error');
  });

  it("renames kafkajs's protocol correlationId so it never passes for ours", () => {
    const line = classifyKafkaLog('error', 'Response Metadata(key: 3, version: 6)', { error: 'boom', correlationId: 17, size: 40 });
    expect(line.fields).toEqual({ error: 'boom', kafkaCorrelationId: 17, size: 40 });
  });

  it('a warning drops the stack; an error keeps it', () => {
    expect(classifyKafkaLog('error', 'Connection error: connect ECONNREFUSED', { stack: 'at …' }).fields).toEqual({});
    expect(classifyKafkaLog('error', 'Unexpected', { stack: 'at …' }).fields).toEqual({ stack: 'at …' });
  });
});

describe('LogThrottle', () => {
  it('lets one line of a kind through per window and counts the ones held back', () => {
    const throttle = new LogThrottle(30_000);
    const line = { level: 'warn' as const, message: 'Connection error: connect ECONNREFUSED', fields: { broker: 'b:1' } };
    expect(throttle.admit(line, 0)).toBe(line);
    expect(throttle.admit(line, 1_000)).toBeUndefined();
    expect(throttle.admit(line, 2_000)).toBeUndefined();
    expect(throttle.admit({ ...line, message: 'other' }, 2_000)).toBeDefined();
    expect(throttle.admit(line, 31_000)).toEqual({ ...line, fields: { broker: 'b:1', repeated: 2 } });
  });
});

describe('isTransient', () => {
  it('a server that is unreachable, restarting or changing hands is transient, also when wrapped', () => {
    const names = ['MongoNetworkError', 'MongoPoolClearedError', 'MongoServerSelectionError', 'KafkaJSConnectionError', 'KafkaJSNumberOfRetriesExceeded'];
    expect(names.filter((name) => !isTransient(named(name)))).toEqual([]); // the ones not taken as transient
    expect(isTransient(named('MongoServerError', 'interrupted at shutdown', { code: 11600 }))).toBe(true);
    expect(isTransient(named('MongoServerError', 'x', { hasErrorLabel: (l: string) => l === 'RetryableWriteError' }))).toBe(true);
    expect(isTransient(new Error('append failed', { cause: named('MongoNetworkError') }))).toBe(true);
  });

  it('a bulk write cut off by a lost connection is transient (the driver wraps the network error)', () => {
    // What an append sees when the Mongo-wire server is killed: dead-lettering it would lose the event.
    const cutOff = new MongoBulkWriteError(new MongoNetworkError('connection 4 to 127.0.0.1:27018 closed'), {} as never);
    expect(isTransient(cutOff)).toBe(true);
  });

  it("a message's own failure is not", () => {
    expect(isTransient(new Error('fund ledger refused the payment'))).toBe(false);
    expect(isTransient(named('MongoServerError', 'E11000 duplicate key', { code: 11000 }))).toBe(false);
    expect(isTransient('a string')).toBe(false);
  });
});

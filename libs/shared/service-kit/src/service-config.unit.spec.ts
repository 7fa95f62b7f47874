import { loadServiceConfig, ServiceSettings, validateSettings } from './service-config';

describe('loadServiceConfig', () => {
  it('gives every setting a default, and the service a database of its own', () => {
    expect(loadServiceConfig('parts-logistics', 3002, {})).toEqual({
      service: 'parts-logistics',
      port: 3002,
      mongoUrl: 'mongodb://127.0.0.1:27018/',
      mongoDb: 'aftersales_parts_logistics',
      kafkaBrokers: '127.0.0.1:19092',
      topicPrefix: '',
      relayPollMs: 5_000,
      kafkaPartitions: 3,
      kafkaMaxBatchBytes: 900_000,
      relayStallMs: 60_000,
      consumerStallMs: 60_000,
      actorMaxAgeMs: 60_000,
    });
  });

  it('reads the actor secret and its age limit; a short secret stops the start', () => {
    expect(loadServiceConfig('contracts', 3001, { ACTOR_SECRET: 'sixteen-chars-ok', ACTOR_MAX_AGE_MS: '5000' }))
      .toMatchObject({ actorSecret: 'sixteen-chars-ok', actorMaxAgeMs: 5_000 });
    expect(() => loadServiceConfig('contracts', 3001, { ACTOR_SECRET: 'short' })).toThrow(/ACTOR_SECRET must be at least 16 characters/);
  });

  it('reads the environment', () => {
    const config = loadServiceConfig('settlements', 3003, {
      PORT: '8080', MONGO_URL: 'mongodb://db:27017/', MONGO_DB_PREFIX: 'staging_', KAFKA_BROKERS: 'k1:9092,k2:9092',
      TOPIC_PREFIX: 'staging.', RELAY_POLL_MS: '50', KAFKA_PARTITIONS: '12',
      KAFKA_MAX_BATCH_BYTES: '500000',
    });
    expect(config).toMatchObject({
      port: 8080, mongoUrl: 'mongodb://db:27017/', mongoDb: 'staging_settlements', kafkaBrokers: 'k1:9092,k2:9092',
      topicPrefix: 'staging.', relayPollMs: 50, kafkaPartitions: 12, kafkaMaxBatchBytes: 500_000,
    });
  });

  it('takes MONGO_DB over the prefix', () => {
    expect(loadServiceConfig('contracts', 3001, { MONGO_DB: 'one_db', MONGO_DB_PREFIX: 'x_' }).mongoDb).toBe('one_db');
  });

  it.each([['PORT', 'http'], ['PORT', '70000'], ['PORT', '-1'], ['PORT', '80.5'], ['PORT', '']])('refuses %s=%s', (name, value) => {
    expect(() => loadServiceConfig('contracts', 3001, { [name]: value })).toThrow(/PORT must be a TCP port/);
  });

  it.each([['abc'], ['5'], ['12.5'], ['']])('refuses RELAY_POLL_MS=%p', (value) => {
    expect(() => loadServiceConfig('contracts', 3001, { RELAY_POLL_MS: value })).toThrow(/RELAY_POLL_MS/);
  });

  it.each([['RELAY_STALL_MS', '999'], ['RELAY_STALL_MS', 'soon'], ['CONSUMER_STALL_MS', '1.5'], ['CONSUMER_STALL_MS', '']])('refuses %s=%p', (name, value) => {
    expect(() => loadServiceConfig('contracts', 3001, { [name]: value })).toThrow(new RegExp(name));
  });

  it.each([['0'], ['two'], ['1.5'], ['']])('refuses KAFKA_PARTITIONS=%p', (value) => {
    expect(() => loadServiceConfig('contracts', 3001, { KAFKA_PARTITIONS: value })).toThrow(/KAFKA_PARTITIONS/);
  });

  it.each([['9999'], ['1000001'], ['1MB'], ['']])('refuses KAFKA_MAX_BATCH_BYTES=%p', (value) => {
    expect(() => loadServiceConfig('contracts', 3001, { KAFKA_MAX_BATCH_BYTES: value })).toThrow(/KAFKA_MAX_BATCH_BYTES must be an integer from 10000 to 1000000 \(bytes\)/);
  });
});

describe('validateSettings (the schema @nestjs/config checks at start)', () => {
  it('names every bad setting with its reason in one error', () => {
    expect(() => validateSettings(ServiceSettings, { PORT: '1e3', KAFKA_PARTITIONS: '0x10', LOG_LEVEL: 'loud', MONGO_URL: 'postgres://db' }))
      .toThrow("Invalid settings: PORT must be a TCP port (0 to 65535), got '1e3'; MONGO_URL must be a mongodb:// URL, got 'postgres://db'; "
        + "KAFKA_PARTITIONS must be an integer ≥ 1, got '0x10'; LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent, got 'loud'");
  });

  it('gives the numbers as numbers and leaves the other variables alone', () => {
    expect(validateSettings(ServiceSettings, { RELAY_POLL_MS: ' 50 ', PATH: '/bin' })).toMatchObject({ RELAY_POLL_MS: 50, PATH: '/bin' });
  });

  it.each([['JSON_MAX_DEPTH', '1'], ['KAFKA_BROKERS', ''], ['MONGO_DB', 'a/b']])('refuses %s=%p', (name, value) => {
    expect(() => validateSettings(ServiceSettings, { [name]: value })).toThrow(new RegExp(`${name} must be`));
  });
});

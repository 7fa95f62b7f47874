// deploy/'s pure server choice, tested from here (eslint.config.mjs lets the system tests import deploy/*).
import { chooseServers } from '../../../deploy/server-choice.mjs';

/** deploy/servers.mjs: where npm start, the tests and the bench find Kafka and MongoDB. */
describe('the choice of servers', () => {
  const set = { kafkaBrokers: 'k:9092', mongoUrl: 'mongodb://m/' };

  it('takes the servers named by KAFKA_BROKERS and MONGO_URL, whatever Docker says', () => {
    for (const dockerEngine of [true, false]) {
      expect(chooseServers({ ...set, dockerEngine, composePlugin: dockerEngine }).source).toBe('env');
    }
  });

  it('needs both of them: one alone is not enough', () => {
    expect(chooseServers({ kafkaBrokers: 'k:9092', dockerEngine: false, composePlugin: false }).source).toBe('local');
    expect(chooseServers({ mongoUrl: 'mongodb://m/', dockerEngine: true, composePlugin: true }).source).toBe('compose');
  });

  it('uses docker compose only where a Docker engine and the compose plugin both answer', () => {
    expect(chooseServers({ dockerEngine: true, composePlugin: true }).source).toBe('compose');
  });

  it('falls back to deploy/local on an engine without the compose plugin, and says why', () => {
    expect(chooseServers({ dockerEngine: true, composePlugin: false })).toEqual({
      source: 'local', why: 'a Docker engine answers but `docker compose version` fails (no compose plugin)',
    });
  });

  it('falls back to deploy/local without a Docker engine (a compose CLI alone is not enough)', () => {
    expect(chooseServers({ dockerEngine: false, composePlugin: true })).toEqual({ source: 'local', why: 'no Docker engine' });
    expect(chooseServers({ dockerEngine: false, composePlugin: false }).source).toBe('local');
  });
});

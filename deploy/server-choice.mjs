// Which servers npm start, the tests and the bench use, decided from what is set and what the
// probes found (pure, so apps/e2e/src/server-choice.unit.spec.ts covers every case).
// Compose needs both a Docker engine (`docker info`) and the compose plugin (`docker compose
// version`): an engine without the plugin falls back to deploy/local instead of failing.

/**
 * @param {{ kafkaBrokers?: string, mongoUrl?: string, dockerEngine: boolean, composePlugin: boolean }} found
 * @returns {{ source: 'env' | 'compose' | 'local', why: string }}
 */
export function chooseServers({ kafkaBrokers, mongoUrl, dockerEngine, composePlugin }) {
  if (kafkaBrokers && mongoUrl) return { source: 'env', why: 'KAFKA_BROKERS and MONGO_URL are set' };
  if (dockerEngine && composePlugin) return { source: 'compose', why: 'a Docker engine and docker compose answer' };
  if (dockerEngine) return { source: 'local', why: 'a Docker engine answers but `docker compose version` fails (no compose plugin)' };
  return { source: 'local', why: 'no Docker engine' };
}

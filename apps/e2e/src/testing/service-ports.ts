import { freePort } from '@aftersales/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The services of services.json, by name. */
export const SERVICE_NAMES = Object.keys(JSON.parse(readFileSync(resolve(__dirname, '../../../../services.json'), 'utf8')) as object);

/**
 * `<NAME>_PORT` of a free port for every service of services.json but those named: a test that
 * runs npm start gives each service its own port, so no run takes another's (or a default port).
 */
export async function otherServicePorts(...named: string[]): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const name of SERVICE_NAMES.filter((s) => !named.includes(s))) {
    env[`${name.toUpperCase().replace(/-/g, '_')}_PORT`] = String(await freePort());
  }
  return env;
}

// What follows from the one list of services (services.json), as pure functions: deploy/services.mjs
// reads and writes the files, the tests call these on lists of their own (e.g. with parts-logistics).
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Checks the list and answers it as an array in its order; throws with every problem found.
 * @param {Record<string, { port: number, domainLib?: boolean, description: string }>} list
 * @returns {{ name: string, port: number, domainLib: boolean, description: string }[]}
 */
export function parseServices(list) {
  const services = Object.entries(list).map(([name, s]) => ({ name, port: s.port, domainLib: s.domainLib === true, description: s.description }));
  const problems = services.flatMap(({ name, port, description }) => [
    ...(NAME.test(name) ? [] : [`${name}: a name is lower-case kebab-case (it names folders, tags and variables)`]),
    ...(Number.isInteger(port) && port >= 1024 && port <= 65535 ? [] : [`${name}: port must be an integer from 1024 to 65535, got ${port}`]),
    ...(typeof description === 'string' && description.trim() !== '' ? [] : [`${name}: description is required (the OpenAPI document's)`]),
    ...(services.filter((o) => o.port === port).length > 1 ? [`${name}: port ${port} is taken by another service`] : []),
  ]);
  if (problems.length > 0) throw new Error(`services.json: ${problems.join('; ')}`);
  return services;
}

/** parts-logistics → PARTS_LOGISTICS: the prefix of a service's variables for the tools (`<KEY>_PORT`, `<KEY>_URL`). */
export const envKey = (name) => name.toUpperCase().replace(/-/g, '_');

/** The port the tools use for a service: `<KEY>_PORT` when set, else the list's. */
export const toolPort = (service, env = process.env) => Number(env[`${envKey(service.name)}_PORT`] ?? service.port);

/** The tsconfig path of each service's domain lib (`libs/<name>/domain`), by import name. */
export const domainPaths = (services) =>
  Object.fromEntries(services.filter((s) => s.domainLib).map((s) => [`@aftersales/${s.name}-domain`, [`libs/${s.name}/domain/src/index.ts`]]));

export const COMPOSE_BEGIN = '  # >>> generated from services.json by `node deploy/services.mjs sync`: edit the list, not these lines';
export const COMPOSE_END = '  # <<< end of the generated services';

/** docker-compose.yml's services: one image recipe (deploy/Dockerfile), each on its own port. */
export function composeServices(services) {
  const block = ({ name, port }) => [
    `  ${name}:`,
    '    <<: *app',
    `    image: aftersales/${name}:local`,
    '    build:',
    '      context: .',
    '      dockerfile: deploy/Dockerfile',
    `      args: { APP: ${name}, APP_PORT: "${port}" }`,
    `    ports: ["127.0.0.1:${port}:${port}"]`,
  ];
  return [COMPOSE_BEGIN, ...services.flatMap((s) => ['', ...block(s)]).slice(1), COMPOSE_END].join('\n');
}

export const LINKS_BEGIN = '# >>> generated from services.json by `node deploy/services.mjs sync`: how the gateway and the seed reach the services';
export const LINKS_END = '# <<< end of the generated links';

/**
 * docker-compose.yml's extension fields the gateway and the seed merge (`<<:`): each service's
 * `<KEY>_URL` in the compose network, and each service healthy before they start.
 */
export function composeLinks(services) {
  return [
    LINKS_BEGIN,
    'x-service-urls: &service-urls',
    ...services.map(({ name, port }) => `  ${envKey(name)}_URL: http://${name}:${port}`),
    'x-services-healthy: &services-healthy',
    ...services.flatMap(({ name }) => [`  ${name}:`, '    condition: service_healthy']),
    LINKS_END,
  ].join('\n');
}

/** `text` with the block between `begin` and `end` (markers included) replaced by `block`. */
function replaceBlock(text, begin, end, block) {
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docker-compose.yml: the markers of a generated block are missing (${begin.trim().slice(0, 40)}…)`);
  return text.slice(0, from) + block + text.slice(to + end.length);
}

/** The texts of tsconfig.base.json and docker-compose.yml as the list writes them, from their texts now. */
export function syncedTexts({ tsconfig, compose }, services) {
  const config = JSON.parse(tsconfig);
  const kept = Object.entries(config.compilerOptions.paths).filter(([name]) => !name.endsWith('-domain'));
  config.compilerOptions.paths = { ...Object.fromEntries(kept), ...domainPaths(services) };
  const withServices = replaceBlock(compose, COMPOSE_BEGIN, COMPOSE_END, composeServices(services));
  return {
    tsconfig: `${JSON.stringify(config, null, 2)}\n`,
    compose: replaceBlock(withServices, LINKS_BEGIN, LINKS_END, composeLinks(services)),
  };
}


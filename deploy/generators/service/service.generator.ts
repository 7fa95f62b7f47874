// nx g @aftersales/deploy:service <name> --port <port> --description "<what it owns>"
// Adds a service: its entry in services.json, its folders (service.files.ts), then the places
// written from the list (tsconfig paths, docker-compose services), as `node deploy/services.mjs sync`.
import type { Tree } from 'nx/src/devkit-exports';
import { parseServices, ServiceList, syncedTexts } from '../../service-list.mjs';
import { NewService, serviceFiles } from './service.files';

export interface ServiceOptions {
  name: string;
  port: number;
  description: string;
  domainLib?: boolean;
  topic?: string;
}

const read = (tree: Tree, path: string) => {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing: run the generator at the workspace root`);
  return text;
};

/** services.json with the new service added last; refuses a name or a port already listed. */
function addToList(tree: Tree, service: NewService): ReturnType<typeof parseServices> {
  const list = JSON.parse(read(tree, 'services.json')) as ServiceList;
  if (list[service.name]) throw new Error(`services.json already lists ${service.name}`);
  list[service.name] = { port: service.port, domainLib: service.domainLib, description: service.description };
  const services = parseServices(list);
  tree.write('services.json', `${JSON.stringify(list, null, 2)}\n`);
  return services;
}

/** The places written from the list: tsconfig's domain-lib paths and docker-compose's services. */
function syncFromList(tree: Tree, services: ReturnType<typeof parseServices>): void {
  const texts = syncedTexts({ tsconfig: read(tree, 'tsconfig.base.json'), compose: read(tree, 'docker-compose.yml') }, services);
  tree.write('tsconfig.base.json', texts.tsconfig);
  tree.write('docker-compose.yml', texts.compose);
}

export default async function serviceGenerator(tree: Tree, options: ServiceOptions): Promise<void> {
  const service: NewService = {
    name: options.name, port: Number(options.port), description: options.description,
    domainLib: options.domainLib !== false, topic: options.topic ?? `${options.name}.events.v1`,
  };
  const services = addToList(tree, service);
  for (const [path, text] of Object.entries(serviceFiles(service))) {
    if (tree.exists(path)) throw new Error(`${path} exists already`);
    tree.write(path, text);
  }
  syncFromList(tree, services);
}

// The folders of a new service, as the two services of today have them (docs/architecture.md "Layout").

export interface NewService {
  name: string;
  port: number;
  description: string;
  domainLib: boolean;
  /** The topic it publishes, e.g. parts.events.v1. */
  topic: string;
}

/** parts-logistics → PartsLogistics */
export const className = (name: string) => name.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');

const projectJson = (name: string, root: string, projectType: 'application' | 'library', type: string) => `${JSON.stringify({
  name, $schema: `${root.split('/').map(() => '..').join('/')}/node_modules/nx/schemas/project-schema.json`,
  sourceRoot: `${root}/src`, projectType, tags: [`scope:${name.replace(/-domain$/, '')}`, `type:${type}`],
}, null, 2)}\n`;

const mainTs = ({ name }: NewService) => `import 'reflect-metadata';
import { runService } from '@aftersales/service-kit';
import services from '../../../services.json';
import { ${className(name)}Module } from './${name}.module';

// The port and the description come from the one list of services (services.json).
const { port, description } = services${/^\w+$/.test(name) ? `.${name}` : `['${name}']`};
runService({ service: '${name}', defaultPort: port, description, register: ${className(name)}Module.register });
`;

const moduleTs = ({ name, description, topic }: NewService) => `import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { getConnectionToken } from '@nestjs/mongoose';
import {
  InfrastructureLifecycle, JsonLogger, ServiceConfig, serviceConfigModule, serviceProbes, ServiceInfrastructure, serviceMongo, ServiceSettings,
} from '@aftersales/service-kit';
import { Connection } from 'mongoose';

/** The topic this service publishes: add it to TOPICS (libs/shared/integration-events) with its first event. */
const PUBLISHES = '${topic}';

/** ${description}. Each use case goes in a folder of its own beside this file (docs/architecture.md). */
@Module({})
export class ${className(name)}Module {
  static register(config: ServiceConfig, logger: JsonLogger): DynamicModule {
    return {
      module: ${className(name)}Module,
      imports: [serviceConfigModule(ServiceSettings), CqrsModule.forRoot(), serviceMongo(config), ...serviceProbes.imports],
      controllers: [...serviceProbes.controllers],
      providers: [
        {
          provide: ServiceInfrastructure,
          inject: [getConnectionToken()],
          useFactory: (connection: Connection) => new ServiceInfrastructure(config, logger, PUBLISHES, connection),
        },
        InfrastructureLifecycle,
        ...serviceProbes.providers,
      ],
    };
  }
}
`;

const domainIndexTs = ({ name }: NewService) => `// The ${name} domain: deciders and domain events, plain TypeScript (no framework, no decorators:
// eslint.config.mjs). One folder per aggregate, e.g. src/<aggregate>/<aggregate>.decider.ts.
export {};
`;

/** Every file of the new service's folders, by path. */
export function serviceFiles(service: NewService): Record<string, string> {
  const { name, domainLib } = service;
  return {
    [`apps/${name}/project.json`]: projectJson(name, `apps/${name}`, 'application', 'app'),
    [`apps/${name}/src/main.ts`]: mainTs(service),
    [`apps/${name}/src/${name}.module.ts`]: moduleTs(service),
    ...(domainLib ? {
      [`libs/${name}/domain/project.json`]: projectJson(`${name}-domain`, `libs/${name}/domain`, 'library', 'domain'),
      [`libs/${name}/domain/src/index.ts`]: domainIndexTs(service),
    } : {}),
  };
}

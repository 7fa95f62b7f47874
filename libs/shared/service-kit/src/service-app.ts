import {
  BeforeApplicationShutdown, Controller, DynamicModule, Get, INestApplication, Injectable, OnApplicationBootstrap,
  ServiceUnavailableException, ValidationPipe,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiOkResponse, ApiTags, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CorrelationMiddleware } from './correlation.middleware';
import { ServiceInfrastructure } from './infrastructure';
import { JsonLogger } from './json-logger';
import { jsonBodyMiddleware, loadJsonBodySettings } from './json-body';
import { ProblemFilter, validationExceptionFactory } from './problem.filter';
import { loadServiceConfig, ServiceConfig } from './service-config';

/** Starts the infrastructure after the app is wired, drains it before the process exits. */
@Injectable()
export class InfrastructureLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(private readonly infrastructure: ServiceInfrastructure) {}

  async onApplicationBootstrap() {
    await this.infrastructure.start();
  }

  async beforeApplicationShutdown() {
    await this.infrastructure.stop();
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly infrastructure: ServiceInfrastructure) {}

  @Get()
  @ApiOkResponse({ description: 'Kafka and MongoDB both answered' })
  async health() {
    const checks = await this.infrastructure.check();
    const status = Object.values(checks).every((c) => c === 'up') ? 'up' : 'down';
    const body = { status, service: this.infrastructure.config.service, checks };
    if (status !== 'up') throw new ServiceUnavailableException(body);
    return body;
  }
}

export interface ServiceAppOptions {
  title: string;
  description: string;
  logger: JsonLogger;
}

/** One way to build a service's HTTP app, for `main.ts` and the end-to-end tests alike. */
export async function createServiceApp(root: DynamicModule, options: ServiceAppOptions): Promise<INestApplication> {
  // Bodies are read as text and parsed by jsonBodyMiddleware (JSON only, depth checked first).
  const app = await NestFactory.create<NestExpressApplication>(root, { logger: options.logger, abortOnError: false, bodyParser: false });
  const correlation = new CorrelationMiddleware();
  app.use(correlation.use.bind(correlation));
  const body = loadJsonBodySettings();
  app.useBodyParser('text', { type: 'application/json', limit: body.limit });
  app.use(jsonBodyMiddleware(body));
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      // The value tells a missing field ("is required") from a wrong one; it is never sent back.
      validationError: { target: false, value: true },
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ProblemFilter(options.logger));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1').build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
  app.enableShutdownHooks();
  return app;
}

export interface ServiceDefinition {
  service: string;
  defaultPort: number;
  description: string;
  register: (config: ServiceConfig, logger: JsonLogger) => DynamicModule;
}

/** A service's `main`: settings from the environment, JSON logs, listen, exit 1 on a failed start. */
export function runService(definition: ServiceDefinition): void {
  const start = async () => {
    const config = loadServiceConfig(definition.service, definition.defaultPort);
    const logger = new JsonLogger(config.service);
    const app = await createServiceApp(definition.register(config, logger), {
      title: definition.service, description: definition.description, logger,
    });
    const host = process.env['HOST'] ?? '127.0.0.1';
    await app.listen(config.port, host);
    logger.log(`${config.service} listening on http://${host}:${config.port} (docs at /docs)`, 'main');
  };
  start().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

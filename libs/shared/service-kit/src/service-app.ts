import { DynamicModule, INestApplication, Module, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger, LoggerModule } from 'nestjs-pino';
import { correlationMiddlewares } from './correlation.middleware';
import { ActorVerificationSettings } from './actor-signature';
import { KafkaEventTransport } from '@aftersales/kafka';
import { ServiceInfrastructure } from './infrastructure';
import { JsonLogger } from './json-logger';
import { jsonBodyMiddleware, loadJsonBodySettings } from './json-body';
import { multipartRoutes } from './multipart-routes';
import { ProblemFilter, validationExceptionFactory } from './problem.filter';
import { loadServiceConfig, ServiceConfig } from './service-config';
import { methodNotAllowed } from './method-not-allowed';
import { buildOpenApiDocument } from './openapi-document';

export interface ServiceAppOptions {
  title: string;
  description: string;
  logger: JsonLogger;
  /** ACTOR_SECRET and ACTOR_MAX_AGE_MS: with a secret, the actor of every request must be signed. */
  actor?: ActorVerificationSettings;
}

/** One way to build a service's HTTP app, for `main.ts` and the end-to-end tests alike. */
export async function createServiceApp(root: DynamicModule, options: ServiceAppOptions): Promise<INestApplication> {
  // Bodies are read as text and parsed by jsonBodyMiddleware (JSON only, depth checked first).
  const app = await NestFactory.create<NestExpressApplication>(withLogging(root, options.logger), {
    logger: options.logger, abortOnError: false, bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  for (const middleware of correlationMiddlewares(options.logger, options.actor)) app.use(middleware);
  const infrastructure = app.get(ServiceInfrastructure, { strict: false });
  app.use(infrastructure.metrics.httpMiddleware());
  // 405 + Allow for a method the document does not declare on a path it does (before the body is read).
  const built: { document?: OpenAPIObject } = {};
  app.use(methodNotAllowed(() => built.document));
  const body = loadJsonBodySettings();
  app.useBodyParser('text', { type: 'application/json', limit: body.limit });
  app.use(jsonBodyMiddleware(body, multipartRoutes(() => built.document)));
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
  built.document = buildOpenApiDocument(app, options);
  SwaggerModule.setup('docs', app, built.document, { jsonDocumentUrl: 'docs/json' });
  // The @EventPattern handlers, served by the project's Kafka transport with the app's pipes and filters.
  app.connectMicroservice({ strategy: new KafkaEventTransport(infrastructure) }, { inheritAppConfig: true });
  app.enableShutdownHooks();
  return app;
}

@Module({})
class ServiceAppModule {}

/** nestjs-pino on the service's pino logger; its request middleware is mounted first by createServiceApp. */
function withLogging(root: DynamicModule, logger: JsonLogger): DynamicModule {
  return {
    module: ServiceAppModule,
    imports: [LoggerModule.forRoot({ pinoHttp: { logger: logger.pino }, useExisting: true, renameContext: 'context' }), root],
  };
}

export interface ServiceDefinition {
  service: string;
  defaultPort: number;
  description: string;
  register: (config: ServiceConfig, logger: JsonLogger) => DynamicModule;
}

/**
 * A service's `main`: settings from the environment (validated: a bad one stops the start, named,
 * with exit 1), JSON logs, listen.
 */
export function runService(definition: ServiceDefinition): void {
  const start = async () => {
    const config = loadServiceConfig(definition.service, definition.defaultPort);
    const logger = new JsonLogger(config.service);
    // The settings in force, once: the Mongo URL's password is redacted (json-logger.ts).
    logger.write('info', 'settings', 'main', { settings: config });
    const app = await createServiceApp(definition.register(config, logger), {
      title: definition.service, description: definition.description, logger,
      actor: { secret: config.actorSecret, maxAgeMs: config.actorMaxAgeMs },
    });
    const host = process.env['HOST'] ?? '127.0.0.1';
    await app.init();
    await app.startAllMicroservices(); // returns at once: the consumers join in the background
    await app.listen(config.port, host);
    logger.log(`${config.service} listening on http://${host}:${config.port} (docs at /docs)`, 'main');
  };
  start().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { correlationMiddlewares, JsonLogger, ProblemFilter, ServiceMetrics, validationExceptionFactory } from '@aftersales/service-kit';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { LoggerModule, Logger } from 'nestjs-pino';
import { GatewayModule } from '../gateway.module';
import { GatewayConfig } from '../gateway.settings';
import { serveDocument } from './gateway-document';
import { jsonBodies } from './json-bodies';
import { serveUi } from './static-ui';

/**
 * The gateway's HTTP app, for main.ts and the tests alike: JSON logs with the correlation id,
 * helmet's headers, CORS closed unless GATEWAY_CORS_ORIGINS lists origins, JSON bodies only (up
 * to GATEWAY_BODY_LIMIT, depth-checked), problems answered as the services answer them, its
 * routes under /api, /docs, and the built UI for everything else.
 */
export async function createGatewayApp(config: GatewayConfig, logger = new JsonLogger('gateway', config.logLevel)): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(withLogging(config, logger), { logger, abortOnError: false, bodyParser: false });
  app.useLogger(app.get(Logger));
  for (const middleware of correlationMiddlewares(logger)) app.use(middleware);
  app.use(app.get(ServiceMetrics).httpMiddleware());
  app.use(helmet());
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true, maxAge: 600 });
  app.use(cookieParser());
  app.useBodyParser('text', { type: 'application/json', limit: config.bodyLimit });
  app.use('/api', jsonBodies({ maxDepth: config.jsonMaxDepth, limit: config.bodyLimit }));
  app.useGlobalPipes(new ValidationPipe({
    whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, transform: true,
    validationError: { target: false, value: true }, exceptionFactory: validationExceptionFactory,
  }));
  app.useGlobalFilters(new ProblemFilter(logger));
  app.setGlobalPrefix('api', { exclude: ['health', 'metrics'] });
  serveDocument(app);
  serveUi(app, config.uiDir);
  app.enableShutdownHooks();
  return app;
}

@Module({})
class GatewayAppModule {}

/** nestjs-pino on the gateway's pino logger; its request middleware is mounted first, as in the services. */
function withLogging(config: GatewayConfig, logger: JsonLogger): DynamicModule {
  return {
    module: GatewayAppModule,
    imports: [LoggerModule.forRoot({ pinoHttp: { logger: logger.pino }, useExisting: true, renameContext: 'context' }), GatewayModule.register(config)],
  };
}

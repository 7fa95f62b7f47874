import { DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ConnectOptions, MongooseError } from 'mongoose';
import { ServiceConfig } from './service-config';

/** The options of a service's one connection (also for a test that builds a ServiceInfrastructure by hand). */
export function mongoConnectOptions(config: ServiceConfig): ConnectOptions {
  return {
    dbName: config.mongoDb,
    // A `{"$gt": ""}` smuggled into a query value is a literal (mongoose wraps it in $eq), never an operator.
    sanitizeFilter: true,
    ignoreUndefined: true,
    // Read models create their indexes at start, before any write (ServiceInfrastructure.start), and a
    // rebuild's models bound to fresh collections must create nothing by themselves.
    autoIndex: false,
    autoCreate: false,
  };
}

/** A connection string as a log may show it: without its user and password. */
export function withoutCredentials(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//');
}

/**
 * The service's database: `MongooseModule.forRootAsync`, so read models are mongoose models
 * (`MongooseModule.forFeature`) and ServiceInfrastructure (event store, relay) uses the same
 * connection (`getConnectionToken()`). Connected while the app is built, before anything starts;
 * a database that does not answer stops the start with one clear error (no retries: the process
 * supervisor restarts the service).
 */
export function serviceMongo(config: ServiceConfig): DynamicModule {
  return MongooseModule.forRootAsync({
    useFactory: () => ({
      uri: config.mongoUrl,
      ...mongoConnectOptions(config),
      retryAttempts: 0,
      connectionErrorFactory: (error: MongooseError) =>
        new MongooseError(`the database ${config.mongoDb} at ${withoutCredentials(config.mongoUrl)} does not answer: ${error.message}`),
    }),
  });
}

import { DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ThrottlerModule } from '@nestjs/throttler';
import { withoutCredentials } from '@aftersales/service-kit';
import { MongooseError } from 'mongoose';
import { AccountsModule } from './accounts/accounts.module';
import { AuthModule } from './auth/auth.module';
import { GatewayConfig } from './gateway.settings';
import { GatewayDocument } from './platform/gateway-document';
import { ProbesModule } from './platform/probes/probes.module';
import { RoutesModule } from './routes/routes.module';

/**
 * The gateway: its own database (accounts, refresh tokens, sign-in attempts), sign-in and the
 * global access guard, the admin routes, and the services' routes (RoutesModule). GatewayConfig
 * is global: every module injects it.
 */
@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      global: true,
      imports: [
        MongooseModule.forRootAsync({
          useFactory: () => ({
            uri: config.mongoUrl, dbName: config.mongoDb, sanitizeFilter: true, autoIndex: false, retryAttempts: 0,
            connectionErrorFactory: (error: MongooseError) =>
              new MongooseError(`the database ${config.mongoDb} at ${withoutCredentials(config.mongoUrl)} does not answer: ${error.message}`),
          }),
        }),
        // Only routes with @UseGuards(ThrottlerGuard) are limited: sign-in, per client address.
        ThrottlerModule.forRoot({ throttlers: [{ ttl: 60_000, limit: config.signInRateLimit }] }),
        AccountsModule,
        AuthModule,
        RoutesModule,
        ProbesModule,
      ],
      providers: [{ provide: GatewayConfig, useValue: config }, GatewayDocument],
      exports: [GatewayConfig, GatewayDocument],
    };
  }
}

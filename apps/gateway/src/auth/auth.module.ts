import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '../accounts/accounts.module';
import { GatewayConfig } from '../gateway.settings';
import { AccessGuard } from './access.guard';
import { AccessTokens } from './access-tokens';
import { Authenticator } from './authenticator';
import { MeController } from './me/me.controller';
import { OidcTokens } from './oidc/oidc-tokens';
import { RefreshController } from './refresh/refresh.controller';
import { RefreshToken, RefreshTokenSchema, RefreshTokens } from './refresh-tokens';
import { Sessions } from './sessions';
import { ChangePasswordController } from './change-password/change-password.controller';
import { SignInController } from './sign-in/sign-in.controller';
import { SignIn } from './sign-in/sign-in.handler';
import { SignOutController } from './sign-out/sign-out.controller';

/**
 * Sign-in, sessions and the global access guard. `Authenticator` is exported for whatever reads
 * a bearer token outside a controller (the routes' forwarding).
 */
@Module({
  imports: [
    AccountsModule,
    MongooseModule.forFeature([{ name: RefreshToken.name, schema: RefreshTokenSchema }]),
  ],
  controllers: [SignInController, RefreshController, SignOutController, MeController, ChangePasswordController],
  providers: [
    AccessTokens, Authenticator, Sessions, RefreshTokens, SignIn,
    { provide: OidcTokens, useFactory: (config: GatewayConfig) => (config.oidc ? new OidcTokens(config.oidc) : null), inject: [GatewayConfig] },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [Authenticator, AccessTokens, Sessions],
})
export class AuthModule {}

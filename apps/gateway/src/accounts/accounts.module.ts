import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Account, AccountSchema } from './account.schema';
import { Accounts } from './accounts';
import { ChangeAccountController } from './change-account/change-account.controller';
import { ListAccountsController } from './list-accounts/list-accounts.controller';
import { OpenAccountController } from './open-account/open-account.controller';
import { PasswordHasher } from './password-hasher';
import { ResetPasswordController } from './reset-password/reset-password.controller';
import { SignInAttempt, SignInAttemptSchema, SignInAttempts } from './sign-in-attempts';

/** The gateway's accounts, their passwords and failed sign-ins, and the admin routes /api/users. */
@Module({
  imports: [MongooseModule.forFeature([{ name: Account.name, schema: AccountSchema }, { name: SignInAttempt.name, schema: SignInAttemptSchema }])],
  controllers: [ListAccountsController, OpenAccountController, ChangeAccountController, ResetPasswordController],
  providers: [Accounts, PasswordHasher, SignInAttempts],
  exports: [Accounts, PasswordHasher, SignInAttempts],
})
export class AccountsModule {}

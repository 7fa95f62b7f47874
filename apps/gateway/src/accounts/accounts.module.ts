import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Account, AccountSchema } from './account.schema';
import { Accounts } from './accounts';
import { PasswordHasher } from './password-hasher';

/** The gateway's accounts and their passwords; the admin routes (users/) use them too. */
@Module({
  imports: [MongooseModule.forFeature([{ name: Account.name, schema: AccountSchema }])],
  providers: [Accounts, PasswordHasher],
  exports: [Accounts, PasswordHasher],
})
export class AccountsModule {}

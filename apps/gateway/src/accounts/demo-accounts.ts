import mongoose from 'mongoose';
import { Role } from '../access/signed-in-user';
import { Account, AccountSchema } from './account.schema';
import { accountRoleProblems, normalUsername } from './account-rules';
import { PasswordHasher } from './password-hasher';

export interface DemoAccount {
  username: string;
  password: string;
  roles: Role[];
  dealerCode?: string | null;
}

/**
 * The demo accounts (deploy/demo/accounts.mjs lists them; npm start runs this in its own process
 * and prints them), opened in the gateway's database when missing, by the accounts' own schema,
 * rules and hashing. Idempotent: an account that exists is left as it is (a password changed in
 * the demo stays changed). Demo only: a real deployment has its admin create its users.
 */
export async function seedDemoAccounts(mongoUrl: string, dbName: string, accounts: DemoAccount[]): Promise<string[]> {
  const connection = await mongoose.createConnection(mongoUrl, { dbName }).asPromise();
  try {
    const model = connection.model(Account.name, AccountSchema);
    await model.createIndexes();
    const hasher = new PasswordHasher();
    const opened: string[] = [];
    for (const account of accounts) {
      const problems = accountRoleProblems(account.roles, account.dealerCode ?? null);
      if (problems.length) throw new Error(`demo account ${account.username}: ${JSON.stringify(problems)}`);
      const username = normalUsername(account.username);
      if (await model.exists({ username })) continue;
      await model.create({ username, passwordHash: await hasher.hash(account.password), roles: account.roles, dealerCode: account.dealerCode ?? null });
      opened.push(username);
    }
    return opened;
  } finally {
    await connection.close();
  }
}

import { Injectable, UnauthorizedException } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { AccountDocument } from '../../accounts/account.schema';
import { normalUsername } from '../../accounts/account-rules';
import { Accounts } from '../../accounts/accounts';
import { PasswordHasher } from '../../accounts/password-hasher';
import { SignInAttempts } from '../../accounts/sign-in-attempts';

/** One answer for every refusal: unknown user, wrong password, locked or disabled account. */
export const SIGN_IN_REFUSED = 'The username or password is wrong, or the account cannot sign in now; wait a while before trying again';

/**
 * Checks a username and password. Every refusal looks and takes the same: an unknown name is
 * checked against a dummy hash, counts failures and locks like a real one (sign-in-attempts.ts),
 * and a locked or disabled account still has its password checked before the same 401.
 */
@Injectable()
export class SignIn {
  constructor(private readonly accounts: Accounts, private readonly hasher: PasswordHasher, private readonly attempts: SignInAttempts) {}

  async check(username: string, password: string): Promise<AccountDocument> {
    const name = normalUsername(username);
    const [account, locked] = await Promise.all([this.accounts.byUsername(name), this.attempts.locked(name)]);
    const matches = account ? await this.hasher.verify(account.passwordHash, password) : await this.hasher.verifyNobody(password);
    if (account && matches && !locked && !account.disabled) {
      await this.attempts.cleared(name);
      return account;
    }
    if (!locked) await sleep(await this.attempts.failed(name));
    throw new UnauthorizedException(SIGN_IN_REFUSED);
  }
}

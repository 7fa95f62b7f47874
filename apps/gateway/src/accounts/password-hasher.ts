import { Injectable, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * argon2id with the library's defaults (OWASP's minimum: 19 MiB, t=2 would do; argon2's
 * defaults are 64 MiB, t=3, p=4). An unknown username is checked against a dummy hash so that a
 * sign-in takes as long whether the user exists or not (no enumeration by timing).
 */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummy?: Promise<string>;

  /** The dummy hash is made at start: made at the first unknown user, it would make that answer twice as slow. */
  onModuleInit(): void {
    this.dummy ??= this.hash('no account has this password');
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false; // a malformed stored hash never signs anybody in
    }
  }

  /** Spends the time of a real verification, and always fails. */
  async verifyNobody(password: string): Promise<false> {
    this.dummy ??= this.hash('no account has this password');
    await this.verify(await this.dummy, password);
    return false;
  }
}

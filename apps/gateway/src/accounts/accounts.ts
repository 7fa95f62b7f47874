import { ConflictException, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { InputProblems } from '@aftersales/service-kit';
import { isDuplicateKey } from '@aftersales/mongo';
import { Model } from 'mongoose';
import { Role } from '../access/signed-in-user';
import { Account, AccountDocument } from './account.schema';
import { accountRoleProblems, normalUsername } from './account-rules';
import { PasswordHasher } from './password-hasher';
import { GatewayConfig } from '../gateway.settings';

export interface NewAccount {
  username: string;
  password: string;
  roles: Role[];
  dealerCode?: string | null;
}

export interface AccountChange {
  roles?: Role[];
  dealerCode?: string | null;
  disabled?: boolean;
}

/**
 * The accounts of the gateway's database: opened by an admin (or a test, or the demo seed).
 * `current` serves the per-request check from a short cache (GATEWAY_ACCOUNT_CACHE_MS): a change
 * made by this gateway evicts at once; one made by another gateway process shows within the cache time.
 */
@Injectable()
export class Accounts implements OnModuleInit {
  private readonly cache = new Map<string, { account: AccountDocument | null; until: number }>();

  constructor(
    @InjectModel(Account.name) private readonly model: Model<Account>,
    private readonly hasher: PasswordHasher,
    private readonly config: GatewayConfig,
  ) {}

  /** The unique indexes exist before the first request (autoIndex is off: no index is built behind our back). */
  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  /** The account as it is now (give or take the cache time), for the check of each request. */
  async current(id: string): Promise<AccountDocument | null> {
    const cached = this.cache.get(id);
    if (cached && cached.until > Date.now()) return cached.account;
    const account = await this.byId(id);
    if (this.cache.size > 10_000) this.cache.clear(); // bounded: ids come from verified tokens only
    this.cache.set(id, { account, until: Date.now() + this.config.accountCacheMs });
    return account;
  }

  async open(account: NewAccount): Promise<AccountDocument> {
    const dealerCode = account.dealerCode ?? null;
    const problems = accountRoleProblems(account.roles, dealerCode);
    if (problems.length) throw new InputProblems(problems);
    try {
      return await this.model.create({
        username: normalUsername(account.username), passwordHash: await this.hasher.hash(account.password),
        roles: account.roles, dealerCode
      });
    } catch (error) {
      if (isDuplicateKey(error)) throw new ConflictException({ message: 'The username is taken', problems: [{ field: 'username', reason: 'is taken' }] });
      throw error;
    }
  }

  byUsername(username: string): Promise<AccountDocument | null> {
    return this.model.findOne({ username: normalUsername(username) }).exec();
  }

  async byId(id: string): Promise<AccountDocument | null> {
    return /^[0-9a-f]{24}$/.test(id) ? this.model.findById(id).exec() : null;
  }

  list(): Promise<AccountDocument[]> {
    return this.model.find().sort({ username: 1 }).exec();
  }

  /** Roles, dealer or disabled changed by an admin; disabling ends every session. */
  async change(username: string, change: AccountChange): Promise<AccountDocument> {
    const account = await this.existing(username);
    const roles = change.roles ?? account.roles;
    const dealerCode = change.dealerCode !== undefined ? change.dealerCode : account.dealerCode;
    const problems = accountRoleProblems(roles, dealerCode);
    if (problems.length) throw new InputProblems(problems);
    const stillAdmin = roles.includes('admin') && !(change.disabled ?? account.disabled);
    if (account.roles.includes('admin') && !account.disabled && !stillAdmin) await this.keepAnAdmin();
    account.set({ roles, dealerCode });
    if (change.disabled !== undefined && change.disabled !== account.disabled) {
      account.disabled = change.disabled;
      if (change.disabled) account.sessionGeneration += 1;
    }
    return this.saved(account);
  }

  /** A new password (the user's own change or an admin's reset): every session ends. */
  async setPassword(account: AccountDocument, password: string): Promise<AccountDocument> {
    account.set({ passwordHash: await this.hasher.hash(password), sessionGeneration: account.sessionGeneration + 1 });
    return this.saved(account);
  }

  /** Somebody must be left to open accounts and reset passwords: the last enabled admin stays one. */
  private async keepAnAdmin(): Promise<void> {
    // The account changed is one of them (an enabled admin): another must exist. (No $ne: sanitizeFilter would make it a literal.)
    const enabledAdmins = await this.model.countDocuments({ roles: 'admin', disabled: false }).exec();
    if (enabledAdmins <= 1) {
      throw new ConflictException({ message: 'The last enabled admin cannot be disabled or lose the role admin', problems: [{ field: 'roles', reason: 'the last enabled admin keeps the role admin' }] });
    }
  }

  private async saved(account: AccountDocument): Promise<AccountDocument> {
    const saved = await account.save();
    this.cache.delete(saved.id as string);
    return saved;
  }

  async existing(username: string): Promise<AccountDocument> {
    const account = await this.byUsername(username);
    if (!account) throw new NotFoundException({ message: 'No such account', problems: [{ field: 'username', reason: 'no such account' }] });
    return account;
  }
}


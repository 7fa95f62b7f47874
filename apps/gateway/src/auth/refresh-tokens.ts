import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Model, trusted } from 'mongoose';
import { GatewayConfig } from '../gateway.settings';

/**
 * A refresh token as stored: only its SHA-256 (the token is 256 random bits, so a plain hash
 * suffices; a leaked table gives no token). Tokens of one sign-in form a family: each refresh
 * uses one up and issues the next; a used one presented again means it was stolen, and the
 * whole family is revoked (reuse detection).
 */
@Schema({ collection: 'refresh_tokens' })
export class RefreshToken {
  @Prop({ required: true, unique: true }) hash!: string;
  @Prop({ required: true, index: true }) family!: string;
  @Prop({ required: true, index: true }) accountId!: string;
  /** The account's session generation when issued: a later password change or disable voids it. */
  @Prop({ required: true }) generation!: number;
  @Prop({ type: Date, required: true }) expiresAt!: Date;
  @Prop({ type: Date, default: null }) usedAt!: Date | null;
  @Prop({ type: Date, default: null }) revokedAt!: Date | null;
}
export const RefreshTokenSchema = SchemaFactory.createForClass(RefreshToken);

/** One document per rotated token, `_id` = its hash: the atomic claim of a rotation. */
const ROTATIONS = 'refresh_token_rotations';
const DUPLICATE_KEY = 11000;

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

export type Rotation =
  | { ok: true; accountId: string; generation: number; token: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'reused' | 'revoked' };

@Injectable()
export class RefreshTokens implements OnModuleInit {
  constructor(@InjectModel(RefreshToken.name) private readonly model: Model<RefreshToken>, private readonly config: GatewayConfig) {}

  /** The unique indexes exist before the first request (autoIndex is off: no index is built behind our back). */
  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  /** A new token, in a new family (a sign-in) or the given one (a rotation). */
  async issue(accountId: string, generation: number, family: string = randomUUID()): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.refreshMinutes * 60_000);
    await this.model.create({ hash: digest(token), family, accountId, generation, expiresAt });
    return token;
  }

  /**
   * Uses the token up and issues its successor. The claim is an insert keyed by the token's hash
   * into `refresh_token_rotations`: a unique `_id` is atomic on MongoDB and FerretDB alike (a
   * conditional update is not on FerretDB, where two concurrent refreshes both "modified" the
   * token). Of two refreshes with one token exactly one wins; the other is a reuse, and the
   * winner's successor is revoked with the family.
   */
  async rotate(token: string, now = new Date()): Promise<Rotation> {
    const stored = await this.model.findOne({ hash: digest(token) }).lean().exec();
    if (!stored) return { ok: false, reason: 'unknown' };
    if (stored.revokedAt || (await this.familyRevoked(stored.family))) return { ok: false, reason: 'revoked' };
    if (stored.expiresAt <= now) return { ok: false, reason: 'expired' };
    if (!(await this.claim(stored.hash, stored.family, now))) {
      await this.revokeFamily(stored.family, now);
      return { ok: false, reason: 'reused' };
    }
    await this.model.updateOne({ hash: stored.hash }, { $set: { usedAt: now } }).exec();
    const successor = await this.issue(stored.accountId, stored.generation, stored.family);
    // A reuse racing this rotation may have revoked the family before the successor existed: it goes too.
    if ((await this.familyRevoked(stored.family)) || (await this.model.exists({ family: stored.family, revokedAt: trusted({ $ne: null }) }).exec())) {
      await this.revokeFamily(stored.family, now);
      return { ok: false, reason: 'reused' };
    }
    return { ok: true, accountId: stored.accountId, generation: stored.generation, token: successor };
  }

  /** Sign-out: the token's whole family stops working. Unknown tokens are ignored. */
  async revokeFamilyOf(token: string, now = new Date()): Promise<void> {
    const stored = await this.model.findOne({ hash: digest(token) }).lean().exec();
    if (stored) await this.revokeFamily(stored.family, now);
  }

  /** True for the first rotation of this token, false when it was rotated before (a duplicate key). */
  private async claim(hash: string, family: string, now: Date): Promise<boolean> {
    try {
      await this.rotations().insertOne({ _id: hash, family, at: now });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  /**
   * The family's revocation is first a marker (`family:<id>` in refresh_token_rotations), then each
   * token's revokedAt. The marker is what a refresh checks: FerretDB's updateMany is no snapshot, so a
   * successor inserted while it ran could keep working (CI: a racing winner's successor refreshed).
   */
  private async revokeFamily(family: string, now: Date): Promise<void> {
    try {
      await this.rotations().insertOne({ _id: `family:${family}`, family, at: now });
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
    }
    await this.model.updateMany({ family, revokedAt: null }, { $set: { revokedAt: now } }).exec();
  }

  private async familyRevoked(family: string): Promise<boolean> {
    return (await this.rotations().findOne({ _id: `family:${family}` })) !== null;
  }

  private rotations() {
    return this.model.db.collection<{ _id: string; family: string; at: Date }>(ROTATIONS);
  }
}

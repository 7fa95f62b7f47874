import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { GatewayConfig } from '../gateway.settings';

/**
 * Failed sign-ins by username, kept whether an account has that name or not: an unknown name
 * slows down and locks exactly as a real one, so neither the answer nor its timing tells
 * whether the user exists.
 */
@Schema({ collection: 'sign_in_attempts' })
export class SignInAttempt {
  @Prop({ required: true, unique: true }) username!: string;
  @Prop({ default: 0 }) failures!: number;
  @Prop({ type: Date, default: null }) lockedUntil!: Date | null;
}
export const SignInAttemptSchema = SchemaFactory.createForClass(SignInAttempt);

/** The longest a slowed-down answer waits. */
const MAX_DELAY_MS = 5_000;

@Injectable()
export class SignInAttempts implements OnModuleInit {
  constructor(@InjectModel(SignInAttempt.name) private readonly model: Model<SignInAttempt>, private readonly config: GatewayConfig) {}

  /** The unique indexes exist before the first request (autoIndex is off: no index is built behind our back). */
  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  /** Whether the name is locked now (GATEWAY_SIGNIN_LOCK_AFTER failures, for GATEWAY_SIGNIN_LOCK_MINUTES). */
  async locked(username: string, now = new Date()): Promise<boolean> {
    const attempt = await this.model.findOne({ username }).lean().exec();
    return !!attempt?.lockedUntil && attempt.lockedUntil > now;
  }

  /**
   * One more failure: from GATEWAY_SIGNIN_SLOWDOWN_AFTER failures on, the answer waits 250 ms,
   * doubled at each further failure (at most 5 s); at GATEWAY_SIGNIN_LOCK_AFTER the name locks.
   * Returns how long to wait before answering.
   */
  async failed(username: string, now = new Date()): Promise<number> {
    const attempt = await this.model.findOneAndUpdate({ username }, { $inc: { failures: 1 } }, { upsert: true, returnDocument: 'after' }).exec();
    const { signInSlowdownAfter, signInLockAfter, signInLockMinutes } = this.config;
    if (attempt.failures >= signInLockAfter) {
      await this.model.updateOne({ username }, { $set: { failures: 0, lockedUntil: new Date(now.getTime() + signInLockMinutes * 60_000) } }).exec();
    }
    return attempt.failures < signInSlowdownAfter ? 0 : Math.min(250 * 2 ** (attempt.failures - signInSlowdownAfter), MAX_DELAY_MS);
  }

  /** A success (or an admin's password reset) forgets the failures. */
  async cleared(username: string): Promise<void> {
    await this.model.deleteOne({ username }).exec();
  }
}

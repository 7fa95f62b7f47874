import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument } from 'mongoose';
import { Role, ROLES } from '../access/signed-in-user';

/**
 * A person's account, kept by the gateway in its own database. Only the argon2id hash of the
 * password is stored. Raising `sessionGeneration` ends every session at once: access and refresh
 * tokens carry the generation they were issued in, and an older one is refused (password
 * change, reset, disable). A counter, not a time: a JWT's iat has whole seconds only.
 */
@Schema({ collection: 'accounts', timestamps: true })
export class Account {
  @Prop({ required: true, unique: true }) username!: string;
  @Prop({ required: true }) passwordHash!: string;
  @Prop({ type: [String], enum: ROLES, required: true }) roles!: Role[];
  /** Required for, and only for, the `dealer` role. */
  @Prop({ type: String, default: null }) dealerCode!: string | null;
  @Prop({ default: false }) disabled!: boolean;
  @Prop({ default: 0 }) sessionGeneration!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export type AccountDocument = HydratedDocument<Account>;
export const AccountSchema = SchemaFactory.createForClass(Account);

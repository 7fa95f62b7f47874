import { ApiProperty } from '@nestjs/swagger';
import { Role, ROLES } from '../access/signed-in-user';
import { AccountDocument } from './account.schema';

/** An account as admins and auditors see it: never its password hash. */
export class AccountResponse {
  @ApiProperty({ example: '665f1c2e8a1b2c3d4e5f6a7b' }) id!: string;
  @ApiProperty({ example: 'finance.li' }) username!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true, example: ['finance'] }) roles!: Role[];
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The dealer of a dealer account; null for staff' }) dealerCode!: string | null;
  @ApiProperty({ description: 'A disabled account cannot sign in, and its sessions have ended' }) disabled!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static of(account: AccountDocument): AccountResponse {
    return {
      id: account.id as string, username: account.username, roles: [...account.roles], dealerCode: account.dealerCode, disabled: account.disabled,
      createdAt: account.createdAt.toISOString(), updatedAt: account.updatedAt.toISOString(),
    };
  }
}

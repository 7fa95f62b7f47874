import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { PasswordField } from '../../accounts/account-fields';

export class ChangePasswordRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, format: 'password' })
  @IsString() @Length(1, 200)
  currentPassword!: string;

  @PasswordField('The new password, 10-200 characters') newPassword!: string;
}

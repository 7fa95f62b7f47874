import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { Role } from '../../access/signed-in-user';
import { DealerCodeOfAccountField, RolesField } from '../account-fields';

/** Only what is sent changes. */
export class ChangeAccountRequest {
  @RolesField(true) roles?: Role[];
  @DealerCodeOfAccountField() dealerCode?: string | null;

  @ApiProperty({ required: false, description: 'true ends every session of the user at once and refuses its sign-ins' })
  @IsOptional() @IsBoolean()
  disabled?: boolean;
}

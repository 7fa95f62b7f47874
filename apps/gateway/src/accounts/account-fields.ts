import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DEALER_CODE, DEALER_CODE_RULE } from '@aftersales/integration-events';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { ROLES } from '../access/signed-in-user';
import { PASSWORD_MAX, PASSWORD_MIN, USERNAME } from './account-rules';

/** The fields of the account requests: each documents exactly what its validators accept. */
export const UsernameField = () => applyDecorators(
  ApiProperty({ pattern: USERNAME.source, example: 'finance.li', description: 'Letters, digits and . _ @ -, 3-64 characters; case does not matter' }),
  IsString(), Matches(USERNAME, { message: 'username must be 3-64 letters, digits or . _ @ -' }),
);

export const PasswordField = (description = `${PASSWORD_MIN}-${PASSWORD_MAX} characters`) => applyDecorators(
  ApiProperty({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX, format: 'password', description }),
  IsString(), Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` }),
);

export const RolesField = (optional = false) => applyDecorators(
  ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true, minItems: 1, maxItems: ROLES.length, uniqueItems: true, required: !optional, example: ['finance'] }),
  ...(optional ? [IsOptional()] : []),
  IsArray(), ArrayMinSize(1), ArrayMaxSize(ROLES.length), ArrayUnique(),
  IsIn(ROLES, { each: true, message: `each role must be one of ${ROLES.join(', ')}` }),
);

/** Null (or left out) for staff; a dealer code for, and only for, the role dealer. */
export const DealerCodeOfAccountField = () => applyDecorators(
  ApiProperty({ type: String, nullable: true, required: false, pattern: DEALER_CODE.source, example: 'D0001', description: `Must be ${DEALER_CODE_RULE}; required for the role dealer, null for the others` }),
  ValidateIf((_, value) => value !== null && value !== undefined),
  Matches(DEALER_CODE, { message: `dealerCode must be ${DEALER_CODE_RULE}` }),
);

/** `/api/users/{username}` */
export class UsernameParam {
  @UsernameField() username!: string;
}

import { PasswordField } from '../account-fields';

export class ResetPasswordRequest {
  @PasswordField('The new password, 10-200 characters; every session of the user ends') password!: string;
}

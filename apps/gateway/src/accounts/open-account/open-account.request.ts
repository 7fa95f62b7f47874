import { Role } from '../../access/signed-in-user';
import { DealerCodeOfAccountField, PasswordField, RolesField, UsernameField } from '../account-fields';

export class OpenAccountRequest {
  @UsernameField() username!: string;
  @PasswordField('The first password, 10-200 characters; the user changes it with POST /api/auth/password') password!: string;
  @RolesField() roles!: Role[];
  @DealerCodeOfAccountField() dealerCode?: string | null;
}

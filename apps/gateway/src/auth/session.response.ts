import { ApiProperty } from '@nestjs/swagger';
import { Role, ROLES, SignedInUser } from '../access/signed-in-user';

export class SignedInUserResponse implements SignedInUser {
  @ApiProperty({ example: '665f1c2e8a1b2c3d4e5f6a7b', description: "The account's id, or `oidc:<sub>` for a single-sign-on user" })
  id!: string;

  @ApiProperty({ example: 'finance.li' }) username!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true, example: ['finance'] }) roles!: Role[];

  @ApiProperty({ type: String, nullable: true, example: null, description: 'The dealer a dealer user acts for; null for staff' })
  dealerCode!: string | null;

  @ApiProperty({ enum: ['password', 'oidc'], example: 'password' }) source!: 'password' | 'oidc';
}

/** A session's access token; the refresh token travels in the `aftersales_refresh` cookie only. */
export class SessionResponse {
  @ApiProperty({ description: 'JWT (HS256) to send as `Authorization: Bearer`' }) accessToken!: string;
  @ApiProperty({ type: 'integer', example: 900, description: 'Seconds the access token is valid' }) expiresIn!: number;
  @ApiProperty({ type: SignedInUserResponse }) user!: SignedInUserResponse;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** Lengths are checked loosely: a wrong-format name is just a failed sign-in, told nothing more. */
export class SignInRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'finance.li' })
  @IsString() @Length(1, 200)
  username!: string;

  @ApiProperty({ minLength: 1, maxLength: 200, format: 'password', example: 'correct horse battery' })
  @IsString() @Length(1, 200)
  password!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { isTimeZone } from '@aftersales/calendar';
import { DEALER_CODE } from '@aftersales/integration-events';
import { IsOptional, IsString, Matches, MaxLength, MinLength, ValidateBy } from 'class-validator';

export class RegisterDealerRequest {
  @ApiProperty({ example: 'D0001', description: 'Upper-case letters, digits and dashes, 2-32 characters' })
  @Matches(DEALER_CODE, { message: 'code must be 2-32 upper-case letters, digits or dashes' })
  code!: string;

  @ApiProperty({ example: '華南辦公設備有限公司' })
  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'south', description: 'Region the dealer reports into' })
  @IsString() @MinLength(1) @MaxLength(100)
  region!: string;

  @ApiPropertyOptional({ description: 'A sub-dealer (分銷商) names its parent dealer' })
  @IsOptional() @Matches(DEALER_CODE, { message: 'parentDealerCode must be a dealer code' })
  parentDealerCode?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) hotline?: string;

  @ApiPropertyOptional({ default: 'Asia/Shanghai', description: 'IANA time zone of the dealer' })
  @IsOptional()
  @ValidateBy({ name: 'isTimeZone', validator: { validate: isTimeZone, defaultMessage: () => 'timeZone must be an IANA time zone like Asia/Shanghai' } })
  timeZone?: string;
}

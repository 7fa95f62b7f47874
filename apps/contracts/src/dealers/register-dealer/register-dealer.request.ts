import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDealerCode, IsText, IsTimeZone } from '@aftersales/integration-events';
import { IsOptional } from 'class-validator';

export class RegisterDealerRequest {
  @ApiProperty({ example: 'D0001', description: 'Upper-case letters, digits and dashes, 2-32 characters' })
  @IsDealerCode()
  code!: string;

  @ApiProperty({ example: '華南辦公設備有限公司', maxLength: 200 })
  @IsText(200)
  name!: string;

  @ApiProperty({ example: 'south', description: 'One of the configured regions (GET /regions; setting REGIONS)' })
  @IsText(100)
  region!: string;

  @ApiPropertyOptional({ description: 'A sub-dealer (分銷商) names its parent dealer' })
  @IsOptional() @IsDealerCode()
  parentDealerCode?: string;

  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsText(300) address?: string;
  @ApiPropertyOptional({ maxLength: 50 }) @IsOptional() @IsText(50) hotline?: string;

  @ApiPropertyOptional({ default: 'Asia/Shanghai', description: 'IANA time zone of the dealer' })
  @IsOptional() @IsTimeZone()
  timeZone?: string;
}

import { TEXT_PATTERN } from '@aftersales/integration-events';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { CALENDAR_DATE_PATTERN } from '@aftersales/calendar';
import { DEALER_CODE, DEALER_CODE_RULE, IsCalendarDate, IsDealerCode, IsText } from '@aftersales/integration-events';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export class SerialNoParam {
  @ApiProperty({ minLength: 1, maxLength: 64, pattern: TEXT_PATTERN.source, example: 'LQ690K-2026-000123', description: 'The serial number (序列號) as delivered or carded' })
  @IsText(64)
  serialNo!: string;
}

export class UnitQuery {
  @ApiPropertyOptional({ pattern: DEALER_CODE.source, example: 'D0001', description: `Only a unit delivered to or carded by this dealer or its sub-dealers; another is a 404 (${DEALER_CODE_RULE})` })
  @IsOptional() @IsDealerCode()
  within?: string;
}

export class CoverageQuery extends UnitQuery {
  @ApiPropertyOptional({ format: 'date', pattern: CALENDAR_DATE_PATTERN.source, example: '2026-08-03', description: 'The day asked about (default: today, UTC)' })
  @IsOptional() @IsCalendarDate()
  on?: string;
}

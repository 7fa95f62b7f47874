import { PRICE_CODE, PRICE_ITEM_KINDS } from '@aftersales/integration-events';
import { CalendarDateField, IntegerField, TextField } from '@aftersales/service-kit';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';

export const CODE_MESSAGE = 'code may hold letters, digits and . _ / - (at most 64, starting with a letter or digit)';

/** The line as it is to be from effectiveFrom: a new line, or another price or name of one listed. */
export class ChangePriceLineRequest {
  @ApiProperty({ example: 'P-1001', pattern: PRICE_CODE.source, maxLength: 64, description: 'Part number or labour operation code' })
  @Matches(PRICE_CODE, { message: CODE_MESSAGE })
  code!: string;

  @ApiProperty({ enum: PRICE_ITEM_KINDS, example: 'part' })
  @IsIn(PRICE_ITEM_KINDS, { message: `kind must be one of ${PRICE_ITEM_KINDS.join(', ')}` })
  kind!: (typeof PRICE_ITEM_KINDS)[number];

  @TextField(200, { example: '列印頭 LQ-690K' })
  name!: string;

  @IntegerField({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, example: 48_000, description: 'Unit price in fen (48000 = 480.00 yuan)', message: 'unitPriceFen must be a whole number of fen' })
  unitPriceFen!: number;

  @CalendarDateField({ description: 'In force from this day (YYYY-MM-DD, the manufacturer\'s date): on or after the latest version\'s (else 422)' })
  effectiveFrom!: string;

  @TextField(500, { example: '供應商調價', description: 'Why: kept in the line\'s history' })
  reason!: string;
}

import { CARRIERS, NestedList, PURPOSES, REQUISITION_MAX_LINES, SUPPLIES } from '@aftersales/integration-events';
import { IntegerField, TextField } from '@aftersales/service-kit';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsIn, IsOptional, Matches } from 'class-validator';
import { ClientIdField } from '../requisition.fields';

const PART_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

export class RequisitionLineRequest {
  @ApiProperty({ example: 'P-HEAD-630', pattern: PART_CODE.source, maxLength: 64, description: 'A part on the price list in force today (else 422)' })
  @Matches(PART_CODE, { message: 'code may hold letters, digits and . _ / - (at most 64, starting with a letter or digit)' })
  code!: string;

  @IntegerField({ minimum: 1, maximum: 10_000, example: 2 }) quantity!: number;

  @ApiProperty({ enum: PURPOSES, description: 'stock: for the dealer\'s stock; repair: for a repair of its repairs feed (name repairRecordNo)' })
  @IsIn(PURPOSES, { message: `purpose must be one of ${PURPOSES.join(', ')}` })
  purpose!: (typeof PURPOSES)[number];

  @TextField(64, { optional: true, example: 'R-2026-0815', description: 'The repair record this part is for (purpose repair)' }) repairRecordNo?: string;

  @ApiProperty({ enum: SUPPLIES, description: 'sale: bought, shipped once paid (款到發貨); warranty: an in-warranty replacement for the repair, shipped after the check' })
  @IsIn(SUPPLIES, { message: `supply must be one of ${SUPPLIES.join(', ')}` })
  supply!: (typeof SUPPLIES)[number];
}

export class SubmitRequisitionRequest {
  @ClientIdField('REQ-2026-11-0001', 'The requisition\'s id, chosen by the sender: the same request again changes nothing') requisitionId!: string;

  @ApiProperty({ enum: ['monthly', 'urgent'] })
  @IsIn(['monthly', 'urgent'], { message: 'urgency must be one of monthly, urgent' })
  urgency!: 'monthly' | 'urgent';

  @ApiPropertyOptional({ enum: CARRIERS, description: 'urgent: ems, rail-express or air (its freight difference is charged to the dealer); monthly: standard (the default)' })
  @IsOptional() @IsIn(CARRIERS, { message: `carrier must be one of ${CARRIERS.join(', ')}` })
  carrier?: (typeof CARRIERS)[number];

  @TextField(500, { optional: true }) note?: string;

  @ApiProperty({ type: [RequisitionLineRequest], minItems: 1, maxItems: REQUISITION_MAX_LINES })
  @ArrayMinSize(1) @NestedList(() => RequisitionLineRequest, REQUISITION_MAX_LINES)
  lines!: RequisitionLineRequest[];
}

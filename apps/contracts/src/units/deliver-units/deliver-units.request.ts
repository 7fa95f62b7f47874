import { ApiProperty } from '@nestjs/swagger';
import { CalendarDateField, DealerCodeField, TextField } from '@aftersales/service-kit';
import { NestedList } from '@aftersales/integration-events';
import { ArrayMinSize } from 'class-validator';

/** The most units one POST /unit-deliveries may list (a larger shipment is an import). */
export const MAX_UNITS_PER_DELIVERY = 1_000;

export class DeliveredUnitRequest {
  @TextField(64, { example: 'LQ690K-2026-000123' }) serialNo!: string;
  @TextField(64, { example: 'LQ-690K' }) model!: string;
}

export class DeliverUnitsRequest {
  @DealerCodeField({ description: 'The registered dealer the units were shipped to' }) dealerCode!: string;
  @CalendarDateField({ description: "The dealer's receipt: it starts each unit's DOA window (第五條 2)" }) receivedOn!: string;
  @ApiProperty({ type: [DeliveredUnitRequest], minItems: 1, maxItems: MAX_UNITS_PER_DELIVERY })
  @ArrayMinSize(1) @NestedList(() => DeliveredUnitRequest, MAX_UNITS_PER_DELIVERY)
  units!: DeliveredUnitRequest[];
}

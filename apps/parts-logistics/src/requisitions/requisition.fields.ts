import { CLIENT_ID, CLIENT_ID_RULE } from '@aftersales/integration-events';
import { DealerCodeField } from '@aftersales/service-kit';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** An id a client chooses (a requisition, a shipment, a payment reference): the idempotency key of its request. */
export function ClientIdField(example: string, description: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example, minLength: 1, maxLength: 100, pattern: CLIENT_ID.source, description: `${description}; ${CLIENT_ID_RULE}` }),
    Matches(CLIENT_ID, { message: ({ property }) => `${property} may hold ${CLIENT_ID_RULE}` }),
  );
}

export class DealerParam {
  @DealerCodeField() dealerCode!: string;
}

export class RequisitionParam extends DealerParam {
  @ClientIdField('REQ-2026-11-0001', 'The requisition') requisitionId!: string;
}

export class ShipmentParam extends RequisitionParam {
  @ClientIdField('SHIP-2026-11-0001', 'The shipment') shipmentId!: string;
}

import { ApiProperty } from '@nestjs/swagger';

/** One event about the dealer, from whichever service recorded it. */
export class DealerHistoryEventResponse {
  @ApiProperty({ example: '01936f4e-8c1a-7d2b-9f00-1a2b3c4d5e6f' }) eventId!: string;
  @ApiProperty({ example: 'contracts.AgreementSigned', description: 'What happened' }) type!: string;
  @ApiProperty({ format: 'date-time', description: 'When it happened' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When it was recorded' }) recordedAt!: string;
  @ApiProperty({ example: 'wang.fang', description: 'Who did it: the signed-in user, or the system' }) actor!: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty({ example: 'Dealer' }) streamType!: string;
  @ApiProperty({ example: 'D0001' }) streamId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's data" }) data!: Record<string, unknown>;
  @ApiProperty({ example: 'contracts', description: 'The service that recorded it' }) service!: string;
}

export class DealerHistoryResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ type: [DealerHistoryEventResponse], description: 'Newest first, from every service' }) items!: DealerHistoryEventResponse[];
  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `before` for the next page; null at the end' }) next!: string | null;
}

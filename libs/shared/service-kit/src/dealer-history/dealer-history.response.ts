import { ApiProperty } from '@nestjs/swagger';

/** One stored event about the dealer, as this service recorded it. */
export class HistoryEventResponse {
  @ApiProperty({ format: 'uuid', example: '01934f5c-7a8e-7c1a-9a2b-3c4d5e6f7a8b' }) eventId!: string;
  @ApiProperty({ example: 'contracts.DealerRegistered' }) type!: string;
  @ApiProperty({ format: 'date-time', description: 'When it happened in business terms' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When this service stored it' }) recordedAt!: string;
  @ApiProperty({ example: 'finance@maker', description: 'Who did it (the signed-in user the gateway forwarded)' }) actor!: string;
  @ApiProperty({ example: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' }) correlationId!: string;
  @ApiProperty({ example: 'dealer' }) streamType!: string;
  @ApiProperty({ example: 'dealer-D0001' }) streamId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Its version within its stream' }) version!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event as published, at its newest schema' }) data!: Record<string, unknown>;
}

export class DealerHistoryResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ type: [HistoryEventResponse], description: 'Newest first by when they were stored (those stored in the same millisecond in a fixed order of their own); empty for a dealer this service has no event of' })
  items!: HistoryEventResponse[];

  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `before` for the next, older page; null at the end' })
  next!: string | null;
}

import { DEALER_CODE, FEED_KINDS_PUBLISHED, FLAG_RULES, FlagRule, PERIOD } from '@aftersales/integration-events';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FeedFlag, FLAG_STATUSES, FlagStatusName } from './feed-flags.projection';

export class FlagEvidenceResponse {
  @ApiProperty({ enum: ['feed', 'contracts'], description: 'A feed row, or a fact contracts published (a delivery, a registration)' }) source!: 'feed' | 'contracts';
  @ApiPropertyOptional({ description: 'The submission whose row it is: /dealers/{dealerCode}/feeds/{submissionId}' }) submissionId?: string;
  @ApiPropertyOptional({ pattern: DEALER_CODE.source, description: 'The dealer whose submission holds the row (another dealer\'s for serial-carded-by-two-dealers)' }) dealerCode?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The submission version that last recorded or corrected the row' }) version?: number;
  @ApiPropertyOptional({ enum: FEED_KINDS_PUBLISHED }) kind?: string;
  @ApiProperty({ description: "The row's natural key (record_no, record_no|part_no, serial_no, card_no), or the serial or record_no a fact is about" }) key!: string;
  @ApiPropertyOptional({ description: 'What the row or fact says that matters here (e.g. `sale_date 2026-07-31`, `delivered to D0002 on 2026-08-01`)' }) detail?: string;
}

export class FlagHistoryResponse {
  @ApiProperty({ enum: ['raised', 'cleared', 'dismissed'] }) event!: 'raised' | 'cleared' | 'dismissed';
  @ApiProperty({ type: 'string', format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'Who: the person who dismissed it, or dealer-feeds.flags for the evaluation' }) by!: string;
  @ApiPropertyOptional({ description: 'The reason given for a dismissal' }) reason?: string;
  @ApiPropertyOptional({ type: [FlagEvidenceResponse], description: 'The evidence it was raised with' }) evidence?: FlagEvidenceResponse[];
}

export class FlagResponse {
  @ApiProperty({ example: '3f1c0a9e2b7d4c5a6e8f9012' }) flagId!: string;
  @ApiProperty({ pattern: DEALER_CODE.source, example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ pattern: PERIOD.source, example: '2026-09', description: 'The month of the earliest row that raised it' }) period!: string;
  @ApiProperty({ enum: FLAG_RULES }) rule!: FlagRule;
  @ApiProperty({ description: 'The serial (record_no for parts-without-repair) it is about' }) subject!: string;
  @ApiProperty({ enum: FLAG_STATUSES }) status!: FlagStatusName;
  @ApiProperty({ type: [FlagEvidenceResponse], description: 'Why it was (last) raised' }) evidence!: FlagEvidenceResponse[];
  @ApiProperty({ type: 'string', format: 'date-time', description: 'When it was first raised' }) raisedAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt!: string;
}

export class FlagDetailResponse extends FlagResponse {
  @ApiProperty({ type: [FlagHistoryResponse], description: 'Every change, oldest first' }) history!: FlagHistoryResponse[];
}

export class FlagListResponse {
  @ApiProperty({ type: [FlagResponse] }) flags!: FlagResponse[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Flags matching the filters, over all pages' }) total!: number;
}

export function flagResponse({ _id, history: _history, ...flag }: FeedFlag): FlagResponse {
  return { flagId: _id, ...flag };
}

export function flagDetail(flag: FeedFlag): FlagDetailResponse {
  return { ...flagResponse(flag), history: flag.history.map(({ eventId: _eventId, ...entry }) => entry) };
}

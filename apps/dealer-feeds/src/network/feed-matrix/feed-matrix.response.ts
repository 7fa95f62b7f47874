import { DEALER_CODE, FEED_KINDS_PUBLISHED, PublishedFeedKind } from '@aftersales/integration-events';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MONTH } from './feed-matrix.request';

export const CELL_STATUSES = ['not-due', 'missing', 'overdue', 'late', 'rejected', 'accepted'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

/** One dealer × month × kind. */
export class FeedMatrixCell {
  @ApiProperty({ pattern: MONTH.source, example: '2026-09' }) period!: string;
  @ApiProperty({ enum: FEED_KINDS_PUBLISHED }) kind!: PublishedFeedKind;
  @ApiProperty({
    enum: CELL_STATUSES,
    description: 'accepted: a version accepted by the due date; late: its first version accepted after it; overdue: none accepted and the due date passed (the scheduler recorded it); rejected: only rejected attempts so far; missing: nothing yet; not-due: nothing, and no agreement of the dealer in force for the month (no feed is due)',
  })
  status!: CellStatus;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The newest accepted version (accepted and late)' }) version?: number;
  @ApiPropertyOptional({ format: 'date', description: 'The due date, when known (after an acceptance or an overdue record)' }) dueDate?: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Rejected attempts' }) rejections!: number;
}

export class FeedMatrixDealer {
  @ApiProperty({ pattern: DEALER_CODE.source, example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ example: '華南辦公設備有限公司' }) name!: string;
  @ApiProperty({ example: 'south' }) region!: string;
  @ApiPropertyOptional({ pattern: DEALER_CODE.source, description: 'The parent dealer of a sub-dealer' }) parentDealerCode?: string;
  @ApiProperty({ type: [FeedMatrixCell], description: 'Every month × kind of the range, months first, kinds in the order of `kinds`' }) cells!: FeedMatrixCell[];
}

export class FeedMatrixResponse {
  @ApiProperty({ pattern: MONTH.source }) from!: string;
  @ApiProperty({ pattern: MONTH.source }) to!: string;
  @ApiProperty({ type: [String], description: 'The months of the range, oldest first' }) months!: string[];
  @ApiProperty({ enum: FEED_KINDS_PUBLISHED, isArray: true, description: 'The kinds, in the order of docs/feeds.md' }) kinds!: PublishedFeedKind[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Dealers matching the filters, over all pages' }) total!: number;
  @ApiProperty({ type: [FeedMatrixDealer], description: 'This page of dealers, by code' }) dealers!: FeedMatrixDealer[];
}

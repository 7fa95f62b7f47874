import { FEED_KINDS } from '@aftersales/feeds';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const int = (description: string, minimum = 0) => ApiProperty({ type: 'integer', minimum, description });

/** One thing wrong with a file, in the caller's language. */
export class FeedProblemResponse {
  @int('The row as Excel numbers it (header = 1), or the JSON Lines line; 0 for the file as a whole') row!: number;
  @ApiPropertyOptional({ example: 'serial_no', description: 'The column key (docs/feeds.md), or the header when it is none of the kind' }) column?: string;
  @ApiPropertyOptional({ example: '序列號', description: 'The header as the dealer wrote it' }) header?: string;
  @ApiPropertyOptional({ description: 'The cell as typed (at most 200 characters)' }) value?: string;
  @ApiProperty({ example: 'required', description: 'libs/shared/feeds problem-codes.ts' }) code!: string;
  @ApiProperty({ enum: ['error', 'warning'] }) severity!: 'error' | 'warning';
  @ApiProperty({ description: 'In the caller\'s language' }) message!: string;
  @ApiPropertyOptional({ description: 'The workbook sheet' }) sheet?: string;
  @ApiPropertyOptional({ enum: FEED_KINDS }) kind?: string;
}

class Counts {
  @int('Rows of this version') rows!: number;
  @int('Rows new in this version') recorded!: number;
  @int('Rows changed from the previous version') corrected!: number;
  @int('Rows of the previous version this one no longer has') withdrawn!: number;
  @int('Warnings (the assessment counts them)') warnings!: number;
}

export class AcceptedSubmissionResponse extends Counts {
  @ApiProperty() submissionId!: string;
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ example: '2026-09' }) period!: string;
  @ApiProperty({ enum: FEED_KINDS }) kind!: string;
  @int('1, 2, …: the feed\'s version (dealer × period × kind)', 1) version!: number;
  @ApiProperty({ description: 'Received after the due date, on the dealer\'s calendar' }) late!: boolean;
  @ApiPropertyOptional({ example: '2026-10-10', description: 'The agreement\'s feedDueDay of the next month' }) dueDate?: string;
  @ApiProperty({ example: '2026-10-03T02:15:00.000Z' }) receivedAt!: string;
  @ApiProperty({ example: 'repairs-2026-09.csv' }) fileName!: string;
}

/** 201 (200 with `repeated` for the same bytes again): each kind of the file is its feed's new version. */
export class UploadAcceptedResponse {
  @ApiProperty() uploadId!: string;
  @ApiProperty({ enum: ['accepted'] }) status!: 'accepted';
  @ApiProperty({ type: [AcceptedSubmissionResponse] }) submissions!: AcceptedSubmissionResponse[];
  @ApiProperty({ type: [FeedProblemResponse], description: 'The warnings (up to 1000)' }) warnings!: FeedProblemResponse[];
  @ApiPropertyOptional({ description: 'The same bytes were sent before for this dealer and period: the first result, nothing recorded' }) repeated?: boolean;
}

/** 422: the file is refused whole; nothing of it is applied. */
export class UploadRejectedResponse {
  @ApiProperty() uploadId!: string;
  @ApiProperty({ enum: ['rejected'] }) status!: 'rejected';
  @ApiProperty() submissionId!: string;
  @int('Errors found', 1) errors!: number;
  @int('Warnings found') warnings!: number;
  @ApiProperty({ type: [FeedProblemResponse], description: 'Every problem, up to 1000 (then problemsTruncated)' }) problems!: FeedProblemResponse[];
  @ApiProperty() problemsTruncated!: boolean;
  @ApiProperty({ example: '/dealers/D0001/feed-submissions/0192f0c4-5e7a-7cc1-9a1e-3b2d4c5e6f70/error-report', description: 'The XLSX error report (the service\'s path; /api before it through the gateway)' })
  errorReport!: string;
  @ApiPropertyOptional() repeated?: boolean;
}

export class UploadProgressResponse {
  @ApiProperty() uploadId!: string;
  @ApiProperty({ enum: ['receiving', 'reading', 'applying', 'done', 'failed'] }) phase!: string;
  @int('Bytes of the file received so far') bytesReceived!: number;
  @int('Rows read and checked so far') rowsRead!: number;
  @ApiPropertyOptional({ type: 'integer', description: 'All the rows, once known' }) rowsTotal?: number;
  @ApiPropertyOptional({ type: [String] }) submissionIds?: string[];
}

export class SubmissionItemResponse extends Counts {
  @ApiProperty() submissionId!: string;
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ example: '2026-09' }) period!: string;
  @ApiPropertyOptional({ enum: FEED_KINDS, description: 'Absent for a rejected file whose kind was not recognised' }) kind?: string;
  @ApiPropertyOptional({ enum: FEED_KINDS, isArray: true, description: 'A rejected file of several kinds (a workbook\'s sheets): each of them, `kind` the first' }) kinds?: string[];
  @ApiProperty({ enum: ['accepted', 'rejected'] }) status!: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'An accepted submission\'s version' }) version?: number;
  @ApiProperty() late!: boolean;
  @ApiPropertyOptional({ example: '2026-10-10' }) dueDate?: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ example: 'dealer-d0001' }) uploadedBy!: string;
  @int('Errors (a rejected file)') errors!: number;
  @ApiPropertyOptional({ description: 'False while its chunks are still being recorded' }) complete?: boolean;
}

export class SubmissionListResponse {
  @ApiProperty({ type: [SubmissionItemResponse] }) items!: SubmissionItemResponse[];
  @int('How many match') total!: number;
}

export class SubmissionDetailResponse extends SubmissionItemResponse {
  @ApiProperty({ type: [SubmissionItemResponse], description: 'Every version and rejected attempt of its feed (dealer × period × kind), oldest first' })
  versions!: SubmissionItemResponse[];
}

export class FeedRowResponse {
  @ApiProperty({ example: 'R202609-0001', description: 'The natural key, parts joined by |' }) key!: string;
  @ApiPropertyOptional({ enum: ['recorded', 'corrected', 'withdrawn'] }) change?: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The row in its published form (withdrawn: the row withdrawn)' }) row!: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'A corrected row\'s previous version' }) previous?: Record<string, unknown>;
}

export class FeedRowsResponse {
  @ApiProperty({ type: [FeedRowResponse] }) items!: FeedRowResponse[];
  @int('How many match') total!: number;
}

export class FeedProblemsResponse {
  @ApiProperty({ type: [FeedProblemResponse] }) items!: FeedProblemResponse[];
  @int('How many problems are kept') total!: number;
}

import { FEED_KINDS, FeedKind } from '@aftersales/feeds';
import { DealerCodeField } from '@aftersales/service-kit';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LANGUAGES, Language } from './problem-view';

export const UPLOAD_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const SUBMISSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class FeedDealerParam {
  @DealerCodeField() dealerCode!: string;
}

export class SubmissionParam extends FeedDealerParam {
  @ApiProperty({ pattern: SUBMISSION_ID.source, example: '0192f0c4-5e7a-7cc1-9a1e-3b2d4c5e6f70', description: 'As POST …/feed-submissions answered it' })
  @Matches(SUBMISSION_ID, { message: 'submissionId must be a submission id as the upload answered it (a UUID)' })
  submissionId!: string;
}

export class UploadParam extends FeedDealerParam {
  @ApiProperty({ pattern: UPLOAD_ID.source, example: '3f1c2a9e-upload', description: 'The uploadId the client chose (or the upload answered)' })
  @Matches(UPLOAD_ID, { message: 'uploadId must be 1 to 64 letters, digits, - or _' })
  uploadId!: string;
}

export class TemplateParam {
  @ApiProperty({ enum: FEED_KINDS, example: 'repairs' }) @IsIn(FEED_KINDS, { message: `kind must be one of ${FEED_KINDS.join(', ')}` }) kind!: FeedKind;
}

/** `?lang=`: the caller's language, winning over Accept-Language. */
export class LanguageQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of messages and headers; else Accept-Language, else en' })
  @IsOptional() @IsIn(LANGUAGES, { message: `lang must be one of ${LANGUAGES.join(', ')}` })
  lang?: Language;
}

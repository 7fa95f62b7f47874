import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A change as recorded, with its notice: late when notified fewer than the agreement's noticeDays before it takes effect. */
export class NoticeResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ format: 'date', example: '2026-10-08' }) effectiveOn!: string;
  @ApiProperty({ format: 'date', example: '2026-10-01', description: "The dealer's calendar date the change was notified (the request's day there)" }) notifiedOn!: string;
  @ApiProperty({ description: "Notified fewer than the noticeDays of the agreement in force on effectiveOn before it (none in force: never late)" }) late!: boolean;
}

export class OrganisationChangeResponse extends NoticeResponse {
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() hotline?: string;
  @ApiPropertyOptional() serviceManager?: string;
}

export class TechnicianNoticeResponse extends NoticeResponse {
  @ApiProperty({ example: 'T-D0001-01' }) technicianId!: string;
  @ApiPropertyOptional({ example: '王建國', description: 'On joining' }) name?: string;
}

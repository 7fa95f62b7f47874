import { csvTemplate, xlsxTemplate } from '@aftersales/feeds';
import { Controller, Get, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiInputProblems } from '@aftersales/service-kit';
import { IsIn, IsOptional } from 'class-validator';
import type { Request, Response } from 'express';
import { PassThrough } from 'node:stream';
import { languageOf } from '../problem-view';
import { LanguageQuery, TemplateParam } from '../submission.params';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

class TemplateQuery extends LanguageQuery {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' }) @IsOptional() @IsIn(['csv', 'xlsx'], { message: 'format must be csv or xlsx' }) format?: 'csv' | 'xlsx';
}

@ApiTags('feed-templates')
@Controller('feed-templates')
export class FeedTemplatesController {
  @Get(':kind')
  @ApiOperation({ operationId: 'getFeedTemplate', summary: 'A kind\'s template: headers in the caller\'s script with the English key (* = required), one example row' })
  @ApiOkResponse({ description: 'CSV (UTF-8 with BOM) or XLSX', content: { [CSV]: { schema: { type: 'string' } }, [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiInputProblems()
  template(@Param() { kind }: TemplateParam, @Query() { format = 'xlsx', lang }: TemplateQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): StreamableFile {
    // 简体 for a zh-Hans caller, 繁體 otherwise: the English key is in every header anyway.
    const script = languageOf(lang, req.headers['accept-language']) === 'zh-Hans' ? 'simplified' : 'traditional';
    res.setHeader('Content-Disposition', `attachment; filename="${kind}-template.${format}"`);
    if (format === 'csv') return new StreamableFile(csvTemplate(kind, script), { type: CSV });
    const body = new PassThrough();
    void xlsxTemplate(kind, body, script).then(() => body.end(), (error: unknown) => body.destroy(error as Error));
    return new StreamableFile(body, { type: XLSX });
  }
}

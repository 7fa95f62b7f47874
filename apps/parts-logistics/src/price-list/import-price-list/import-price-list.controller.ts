import { Controller, Get, HttpCode, Post, Query, Req, Res, StreamableFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem, CalendarDateField, TextField } from '@aftersales/service-kit';
import { ImportLanguageQuery, TableProblemsResponse, templateFile, TemplateQuery, uploadedReading, XLSX_TYPE } from '@aftersales/table-import';
import { RevisionResponse } from '../revision.response';
import { ImportPriceListFile } from './import-price-list.handler';
import { PRICE_COLUMNS, PriceListReading, PriceListUpload } from './price-list-file';

type CreatedResponse = Parameters<typeof answerCreated>[0];

export class ImportPriceListQuery extends ImportLanguageQuery {
  @CalendarDateField({ description: 'The new version is in force from this day (YYYY-MM-DD, the manufacturer\'s date): on or after the latest version\'s (else 422)' })
  effectiveFrom!: string;

  @TextField(500, { optional: true, description: 'Why this version (kept with it)' })
  reason?: string;
}

@ApiTags('price list')
@Controller('price-list')
export class ImportPriceListController {
  constructor(private readonly commands: CommandBus) {}

  @Post('imports')
  @HttpCode(201)
  @UseInterceptors(PriceListUpload)
  @ApiOperation({ operationId: 'importPriceList', summary: 'A new version of the price list (維修收費標准) from a CSV or XLSX file, all or nothing' })
  @ApiConsumes('multipart/form-data')
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'The language of the problems when lang is not given' })
  @ApiBody({
    description: 'The file of GET /price-list/template, filled in: one line a row (code, kind, name, unitPriceYuan). The lines it no longer holds are withdrawn from effectiveFrom.',
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'A CSV (UTF-8, GB18030 or Big5) or XLSX file' } } },
  })
  @ApiCreated({
    type: RevisionResponse,
    description: 'Imported: the version it made',
    unchanged: 'The file holds the list in force already: nothing changed (created false)',
    location: 'The version: /price-list/versions/{version}',
    links: { GetPriceListVersion: { operationId: 'getPriceListVersion', parameters: { version: '$response.body#/version' }, description: 'The version made' } },
  })
  @ApiInputProblems({ body: true })
  @ApiResponse({ status: 422, type: TableProblemsResponse, description: 'Every problem of the file, at its row and column, in the caller\'s language, or an effectiveFrom before the latest version\'s; nothing was imported' })
  @ApiProblem(413, 'The file is larger than PRICE_LIST_MAX_BYTES')
  async import(@Req() req: { file?: { reading?: PriceListReading } }, @Query() { effectiveFrom, reason }: ImportPriceListQuery, @Res({ passthrough: true }) res: CreatedResponse): Promise<RevisionResponse> {
    const revision = await this.commands.execute<ImportPriceListFile, RevisionResponse>(new ImportPriceListFile(uploadedReading(req), effectiveFrom, reason));
    answerCreated(res, revision.created, `/price-list/versions/${revision.version}`);
    return revision;
  }

  @Get('template')
  @ApiOperation({ operationId: 'getPriceListTemplate', summary: 'The CSV or XLSX template of a price-list import' })
  @ApiOkResponse({ description: 'The template: headers in the language with the keys, one example row', content: { 'text/csv': { schema: { type: 'string', format: 'binary' } }, [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiInputProblems()
  template(@Query() query: TemplateQuery): Promise<StreamableFile> {
    return templateFile(PRICE_COLUMNS, 'price-list', query);
  }
}

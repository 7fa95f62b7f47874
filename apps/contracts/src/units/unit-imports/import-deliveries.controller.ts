import { BadRequestException, Controller, Get, HttpCode, Post, Query, Req, Res, StreamableFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { answerCreated, ApiCreated, ApiInputProblems } from '@aftersales/service-kit';
import { IsIn, IsOptional } from 'class-validator';
import { Language, LANGUAGES } from '../../dealer-imports/import-columns';
import { DeliveryReading } from './delivery-file';
import { deliveryCsvTemplate, deliveryXlsxTemplate } from './delivery-template';
import { DeliveryUpload } from './delivery-upload.interceptor';
import { ImportDeliveries } from './import-deliveries.handler';
import { DeliveryImportProblemsResponse, DeliveryImportResponse } from './import-deliveries.response';

type CreatedResponse = Parameters<typeof answerCreated>[0];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMATS = ['csv', 'xlsx'] as const;

export class ImportLanguageQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of the problems (default: Accept-Language, else en)' })
  @IsOptional() @IsIn(LANGUAGES, { message: `lang must be one of ${LANGUAGES.join(', ')}` })
  lang?: Language;
}

export class DeliveryTemplateQuery {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx', description: 'CSV (UTF-8 with a BOM) or an XLSX workbook' })
  @IsOptional() @IsIn(FORMATS, { message: `format must be one of ${FORMATS.join(', ')}` })
  format?: (typeof FORMATS)[number];

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en', description: 'The language of the headers' })
  @IsOptional() @IsIn(LANGUAGES, { message: `lang must be one of ${LANGUAGES.join(', ')}` })
  lang?: Language;
}

@ApiTags('units')
@Controller('unit-deliveries')
export class ImportDeliveriesController {
  constructor(private readonly commands: CommandBus) {}

  @Post('imports')
  @HttpCode(201)
  @UseInterceptors(DeliveryUpload)
  @ApiOperation({ operationId: 'importUnitDeliveries', summary: 'Record deliveries from a CSV or XLSX file, all or nothing' })
  @ApiConsumes('multipart/form-data')
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'The language of the problems when lang is not given' })
  @ApiBody({
    description: 'The file of GET /unit-deliveries/template, filled in: one unit a row (dealerCode, serialNo, model, receivedOn)',
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'A CSV (UTF-8, GB18030 or Big5) or XLSX file' } } },
  })
  @ApiCreated({
    type: DeliveryImportResponse,
    description: 'Imported: each unit recorded (or found recorded already by an earlier run of the same file)',
    location: 'The first unit: /units/{serialNo}',
    links: { GetUnit: { operationId: 'getUnit', parameters: { serialNo: '$response.body#/units/0/serialNo' }, description: 'The first unit imported' } },
  })
  @ApiInputProblems({ body: true })
  @ApiResponse({ status: 422, type: DeliveryImportProblemsResponse, description: 'Every problem of the file, at its row and column, in the caller\'s language; nothing was imported' })
  async import(@Req() req: { file?: { reading?: DeliveryReading } }, @Query() _lang: ImportLanguageQuery, @Res({ passthrough: true }) res: CreatedResponse): Promise<DeliveryImportResponse> {
    const reading = req.file?.reading;
    if (!reading) throw new BadRequestException({ message: 'No file was sent', problems: [{ field: 'file', reason: 'file is required: a CSV or XLSX file in the multipart field file' }] });
    const imported = await this.commands.execute<ImportDeliveries, DeliveryImportResponse>(new ImportDeliveries(reading));
    answerCreated(res, true, `/units/${encodeURIComponent(imported.units[0]?.serialNo ?? '')}`);
    return imported;
  }

  @Get('template')
  @ApiOperation({ operationId: 'getUnitDeliveryTemplate', summary: 'The CSV or XLSX template of a delivery import' })
  @ApiOkResponse({ description: 'The template: headers in the language with the keys, one example row', content: { 'text/csv': { schema: { type: 'string', format: 'binary' } }, [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiInputProblems()
  async template(@Query() { format = 'xlsx', lang = 'en' }: DeliveryTemplateQuery): Promise<StreamableFile> {
    if (format === 'csv') return new StreamableFile(deliveryCsvTemplate(lang), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="unit-deliveries-${lang}.csv"` });
    return new StreamableFile(await deliveryXlsxTemplate(lang), { type: XLSX, disposition: `attachment; filename="unit-deliveries-${lang}.xlsx"` });
  }
}

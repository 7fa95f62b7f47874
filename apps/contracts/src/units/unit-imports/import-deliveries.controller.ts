import { Controller, Get, HttpCode, Post, Query, Req, Res, StreamableFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { answerCreated, ApiCreated, ApiInputProblems } from '@aftersales/service-kit';
import { ImportLanguageQuery, TableProblemsResponse, templateFile, TemplateQuery, uploadedReading, XLSX_TYPE } from '@aftersales/table-import';
import { DELIVERY_COLUMNS } from './delivery-columns';
import { DeliveryReading, DeliveryUpload } from './delivery-file';
import { ImportDeliveries } from './import-deliveries.handler';
import { DeliveryImportResponse } from './import-deliveries.response';

type CreatedResponse = Parameters<typeof answerCreated>[0];

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
  @ApiResponse({ status: 422, type: TableProblemsResponse, description: 'Every problem of the file, at its row and column, in the caller\'s language; nothing was imported' })
  async import(@Req() req: { file?: { reading?: DeliveryReading } }, @Query() _lang: ImportLanguageQuery, @Res({ passthrough: true }) res: CreatedResponse): Promise<DeliveryImportResponse> {
    const reading = uploadedReading(req);
    const imported = await this.commands.execute<ImportDeliveries, DeliveryImportResponse>(new ImportDeliveries(reading));
    answerCreated(res, true, `/units/${encodeURIComponent(imported.units[0]?.serialNo ?? '')}`);
    return imported;
  }

  @Get('template')
  @ApiOperation({ operationId: 'getUnitDeliveryTemplate', summary: 'The CSV or XLSX template of a delivery import' })
  @ApiOkResponse({ description: 'The template: headers in the language with the keys, one example row', content: { 'text/csv': { schema: { type: 'string', format: 'binary' } }, [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiInputProblems()
  template(@Query() query: TemplateQuery): Promise<StreamableFile> {
    return templateFile(DELIVERY_COLUMNS, 'unit-deliveries', query);
  }
}

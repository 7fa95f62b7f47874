import { BadRequestException, Controller, HttpCode, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { answerCreated, ApiCreated, ApiInputProblems } from '@aftersales/service-kit';
import { ImportDealers } from './import-dealers.handler';
import { WorkbookUpload } from './workbook-upload.interceptor';
import { DealerImportProblemsResponse, DealerImportResponse } from './import-dealers.response';

type CreatedResponse = Parameters<typeof answerCreated>[0];

/** The upload as multer keeps it: in memory, at most DEALER_IMPORT_MAX_BYTES (WorkbookUpload). */
interface UploadedWorkbook { buffer: Buffer }

@ApiTags('dealer-imports')
@Controller('dealer-imports')
export class ImportDealersController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(WorkbookUpload)
  @ApiOperation({ operationId: 'importDealers', summary: 'Register dealers and sign their agreements from an XLSX workbook, all or nothing' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'The workbook of GET /dealer-imports/template, filled in',
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'An XLSX workbook' } } },
  })
  @ApiCreated({
    type: DealerImportResponse,
    description: 'Imported: each dealer registered and each agreement signed (or found done already by an earlier run of the same file)',
    location: 'The dealers: /dealers',
    links: { ListDealers: { operationId: 'listDealers', parameters: {}, description: 'The dealers, the imported ones among them' } },
  })
  @ApiInputProblems({ body: true })
  @ApiResponse({ status: 422, type: DealerImportProblemsResponse, description: 'Every problem of the file, at its sheet, row and column; nothing was imported' })
  async import(@UploadedFile() file: UploadedWorkbook | undefined, @Res({ passthrough: true }) res: CreatedResponse): Promise<DealerImportResponse> {
    if (!file) throw new BadRequestException({ message: 'No file was sent', problems: [{ field: 'file', reason: 'file is required: an XLSX workbook in the multipart field file' }] });
    const imported = await this.commands.execute<ImportDealers, DealerImportResponse>(new ImportDealers(file.buffer));
    answerCreated(res, true, '/dealers');
    return imported;
  }
}

import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiInputProblems } from '@aftersales/service-kit';
import { IsIn, IsOptional } from 'class-validator';
import { RegionDirectory } from '../../regions/region-directory';
import { Language, LANGUAGES } from '../import-columns';
import { importTemplate } from './import-template.writer';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class ImportTemplateQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en', description: 'The language of the headers and notes' })
  @IsOptional() @IsIn(LANGUAGES, { message: `lang must be one of ${LANGUAGES.join(', ')}` })
  lang?: Language;
}

/** A file to fill in, not a read of anything stored: built from the columns and the configured regions. */
@ApiTags('dealer-imports')
@Controller('dealer-imports')
export class ImportTemplateController {
  constructor(private readonly regions: RegionDirectory) {}

  @Get('template')
  @ApiOperation({ operationId: 'getDealerImportTemplate', summary: 'The XLSX template of a dealer import' })
  @ApiOkResponse({ description: 'The template: dealers, agreements and notes sheets', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiInputProblems()
  async template(@Query() { lang = 'en' }: ImportTemplateQuery): Promise<StreamableFile> {
    const file = await importTemplate(lang, this.regions.list().map((r) => r.region));
    return new StreamableFile(file, { type: XLSX, disposition: `attachment; filename="dealer-import-${lang}.xlsx"` });
  }
}

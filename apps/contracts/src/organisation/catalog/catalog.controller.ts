import { ListModel, ListPart } from '@aftersales/contracts-domain';
import { answerCreated, ApiCreated, ApiInputProblems } from '@aftersales/service-kit';
import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { given } from '../organisation.fields';
import { CatalogEntries } from './catalog-entries';
import { Listed } from './catalog.handlers';
import { ListModelRequest, ListPartRequest, ModelListResponse, ModelResponse, PartListResponse, PartResponse } from './catalog.requests';

type CreatedResponse = Parameters<typeof answerCreated>[0];
const UNCHANGED = 'Listed before with the same content: nothing changed';

@ApiTags('catalog')
@Controller('catalog')
export class CatalogController {
  constructor(private readonly commands: CommandBus, private readonly catalog: CatalogEntries) {}

  @Post('models')
  @ApiOperation({ operationId: 'listModel', summary: 'List a product model, or change it (its history is kept)' })
  @ApiCreated({ type: ModelResponse, description: 'Listed or changed', unchanged: UNCHANGED, location: 'The models: /catalog/models',
    links: { ListModels: { operationId: 'listModels', parameters: {}, description: 'Every model with its history' } } })
  @ApiInputProblems({ body: true })
  async listModel(@Body() body: ListModelRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const { created, listed } = await this.commands.execute<ListModel, Listed<ModelResponse>>(new ListModel(given(body)));
    answerCreated(res, created, '/catalog/models');
    return listed;
  }

  @Post('parts')
  @ApiOperation({ operationId: 'listPart', summary: 'List a part, or change it (its history is kept)' })
  @ApiCreated({ type: PartResponse, description: 'Listed or changed', unchanged: UNCHANGED, location: 'The parts: /catalog/parts',
    links: { ListParts: { operationId: 'listParts', parameters: {}, description: 'Every part with its history' } } })
  @ApiInputProblems({ body: true })
  async listPart(@Body() body: ListPartRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const { created, listed } = await this.commands.execute<ListPart, Listed<PartResponse>>(new ListPart(given(body)));
    answerCreated(res, created, '/catalog/parts');
    return listed;
  }

  @Get('models')
  @ApiOperation({ operationId: 'listModels', summary: "The manufacturer's models" })
  @ApiOkResponse({ type: ModelListResponse, description: 'Read from the read model' })
  async models(): Promise<ModelListResponse> {
    return { items: await this.catalog.models() };
  }

  @Get('parts')
  @ApiOperation({ operationId: 'listParts', summary: "The manufacturer's parts" })
  @ApiOkResponse({ type: PartListResponse, description: 'Read from the read model' })
  async parts(): Promise<PartListResponse> {
    return { items: await this.catalog.parts() };
  }
}

import { ChangePriceLine } from '@aftersales/parts-logistics-domain';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem, ServiceInfrastructure } from '@aftersales/service-kit';
import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { revisePriceList } from '../revise-price-list';
import { RevisionResponse } from '../revision.response';
import { ChangePriceLineRequest } from './change-price-line.request';

type CreatedResponse = Parameters<typeof answerCreated>[0];

@ApiTags('price list')
@Controller('price-list')
export class ChangePriceLineController {
  constructor(private readonly commands: CommandBus) {}

  @Post('changes')
  @ApiOperation({ operationId: 'changePriceLine', summary: 'Set one line of the price list (new, or another price or name) from a day, with a reason: a new version' })
  @ApiCreated({
    type: RevisionResponse,
    description: 'The version it made; what moved before effectiveFrom keeps its price',
    unchanged: 'The line is so already: nothing changed (created false)',
    location: 'The version: /price-list/versions/{version}',
    links: { GetPriceListVersion: { operationId: 'getPriceListVersion', parameters: { version: '$response.body#/version' }, description: 'The version made' } },
  })
  @ApiInputProblems({ body: true })
  @ApiProblem(422, 'effectiveFrom is before the latest version\'s')
  async change(@Body() { code, kind, name, unitPriceFen, effectiveFrom, reason }: ChangePriceLineRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const revision = await this.commands.execute<ChangePriceLine, RevisionResponse>(new ChangePriceLine({ code, kind, name, unitPriceFen }, effectiveFrom, reason));
    answerCreated(res, revision.created, `/price-list/versions/${revision.version}`);
    return revision;
  }
}

@CommandHandler(ChangePriceLine)
export class ChangePriceLineHandler implements ICommandHandler<ChangePriceLine, RevisionResponse> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  execute(command: ChangePriceLine): Promise<RevisionResponse> {
    return revisePriceList(this.infra, command);
  }
}

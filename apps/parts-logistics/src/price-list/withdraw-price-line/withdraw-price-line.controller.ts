import { PRICE_CODE } from '@aftersales/integration-events';
import { WithdrawPriceLine } from '@aftersales/parts-logistics-domain';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem, CalendarDateField, ServiceInfrastructure, TextField } from '@aftersales/service-kit';
import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CODE_MESSAGE } from '../change-price-line/change-price-line.request';
import { revisePriceList } from '../revise-price-list';
import { RevisionResponse } from '../revision.response';

type CreatedResponse = Parameters<typeof answerCreated>[0];

export class WithdrawPriceLineRequest {
  @ApiProperty({ example: 'P-1001', pattern: PRICE_CODE.source, maxLength: 64, description: 'A listed part number or operation code (else 404)' })
  @Matches(PRICE_CODE, { message: CODE_MESSAGE })
  code!: string;

  @CalendarDateField({ description: 'Withdrawn from this day (YYYY-MM-DD): on or after the latest version\'s (else 422)' })
  effectiveFrom!: string;

  @TextField(500, { example: '停產', description: 'Why: kept in the line\'s history' })
  reason!: string;
}

@ApiTags('price list')
@Controller('price-list')
export class WithdrawPriceLineController {
  constructor(private readonly commands: CommandBus) {}

  @Post('withdrawals')
  @ApiOperation({ operationId: 'withdrawPriceLine', summary: 'Withdraw one line of the price list from a day, with a reason: a new version' })
  @ApiCreated({
    type: RevisionResponse,
    description: 'The version it made; nothing moves at this line\'s price from effectiveFrom',
    unchanged: 'The line is withdrawn already: nothing changed (created false)',
    location: 'The version: /price-list/versions/{version}',
    links: { GetPriceListVersion: { operationId: 'getPriceListVersion', parameters: { version: '$response.body#/version' }, description: 'The version made' } },
  })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'The code was never listed')
  @ApiProblem(422, 'effectiveFrom is before the latest version\'s')
  async withdraw(@Body() { code, effectiveFrom, reason }: WithdrawPriceLineRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const revision = await this.commands.execute<WithdrawPriceLine, RevisionResponse>(new WithdrawPriceLine(code, effectiveFrom, reason));
    answerCreated(res, revision.created, `/price-list/versions/${revision.version}`);
    return revision;
  }
}

@CommandHandler(WithdrawPriceLine)
export class WithdrawPriceLineHandler implements ICommandHandler<WithdrawPriceLine, RevisionResponse> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  /** A code never listed is not found (404); one withdrawn already is answered unchanged. */
  execute(command: WithdrawPriceLine): Promise<RevisionResponse> {
    return revisePriceList(this.infra, command);
  }
}

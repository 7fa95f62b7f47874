import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { DealerCodeParam } from '../../dealers/dealer-code.param';
import { CardResultResponse } from './card.response';
import { RegisterCard } from './register-card.handler';
import { RegisterCardRequest } from './register-card.request';

type CreatedResponse = Parameters<typeof answerCreated>[0];

@ApiTags('units')
@Controller('dealers/:code/warranty-cards')
export class RegisterCardController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ operationId: 'registerWarrantyCard', summary: "Enter a dealer's warranty card by hand: registers the unit, or flags a second card for review" })
  @ApiCreated({
    type: CardResultResponse,
    description: 'Registered (contracts.UnitRegistered), or flagged for review (contracts.RegistrationConflictFlagged): the first card stays',
    unchanged: 'The same card was registered already: nothing changed',
    location: 'The unit: /units/{serialNo}',
    links: { GetUnit: { operationId: 'getUnit', parameters: { serialNo: '$response.body#/serialNo' }, description: 'The unit carded' } },
  })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such dealer')
  @ApiProblem(422, 'The sub-dealer is not a registered sub-dealer of the dealer')
  async register(@Param() { code }: DealerCodeParam, @Body() body: RegisterCardRequest, @Res({ passthrough: true }) res: CreatedResponse): Promise<CardResultResponse> {
    const result = await this.commands.execute<RegisterCard, CardResultResponse>(new RegisterCard({ ...body, dealerCode: code, source: 'manual' }));
    answerCreated(res, result.outcome !== 'unchanged', `/units/${encodeURIComponent(body.serialNo)}`);
    return result;
  }
}

import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { DealerResponse } from '../dealer.response';
import { RegisterDealer } from '@aftersales/contracts-domain';
import { RegisteredDealer } from './register-dealer.handler';
import { RegisterDealerRequest } from './register-dealer.request';

type CreatedResponse = Parameters<typeof answerCreated>[0];

@ApiTags('dealers')
@Controller('dealers')
export class RegisterDealerController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ operationId: 'registerDealer', summary: 'Register a dealer (idempotent by code)' })
  @ApiCreated({
    type: DealerResponse,
    description: 'Registered (contracts.DealerRegistered published)',
    unchanged: 'Already registered with the same details: nothing changed',
    location: 'The dealer: /dealers/{code} (readable once the read model has it, usually within a second)',
    links: {
      GetDealer: { operationId: 'getDealer', parameters: { code: '$response.body#/code' }, description: 'The dealer just registered' },
      SignAgreement: { operationId: 'signAgreement', parameters: { code: '$response.body#/code' }, description: "Sign the dealer's first agreement" },
    },
  })
  @ApiInputProblems({ body: true })
  @ApiProblem(409, 'The code is registered with other details')
  @ApiProblem(422, 'The region is not a configured region, or the parent dealer is not registered')
  async register(@Body() body: RegisterDealerRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const { created, state } = await this.commands.execute<RegisterDealer, RegisteredDealer>(new RegisterDealer(body));
    answerCreated(res, created, `/dealers/${encodeURIComponent(body.code)}`);
    return state.registered ? state.dealer : undefined;
  }
}

import { Body, Controller, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DealerState } from '@aftersales/contracts-domain';
import { RegisterDealerCommand } from './register-dealer.handler';
import { RegisterDealerRequest } from './register-dealer.request';

interface StatusResponse { status(code: number): unknown }

@ApiTags('dealers')
@Controller('dealers')
export class RegisterDealerController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiCreatedResponse({ description: 'Registered (contracts.DealerRegistered published)' })
  @ApiOkResponse({ description: 'Already registered with the same details: nothing changed' })
  @ApiConflictResponse({ description: 'The code is registered with other details' })
  async register(@Body() body: RegisterDealerRequest, @Res({ passthrough: true }) res: StatusResponse) {
    const { created, state } = await this.commands.execute<RegisterDealerCommand, { created: boolean; state: DealerState }>(
      new RegisterDealerCommand(body),
    );
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return state.registered ? state.dealer : undefined;
  }
}

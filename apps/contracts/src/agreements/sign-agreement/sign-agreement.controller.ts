import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { AgreementSignedV1 } from '@aftersales/integration-events';
import { DealerCodeParam } from '../../dealers/dealer-code.param';
import { SignAgreementCommand } from './sign-agreement.handler';
import { SignAgreementRequest } from './sign-agreement.request';

@ApiTags('agreements')
@Controller('dealers/:code/agreements')
export class SignAgreementController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiCreatedResponse({ description: 'A new agreement version, superseding the latest from its validFrom' })
  @ApiNotFoundResponse({ description: 'No such dealer' })
  sign(@Param() { code }: DealerCodeParam, @Body() body: SignAgreementRequest) {
    return this.commands.execute<SignAgreementCommand, AgreementSignedV1>(new SignAgreementCommand(code, body));
  }
}

import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiExtraModels, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { DealerCodeParam } from '../../dealers/dealer-code.param';
import { AgreementResponse } from '../agreement.response';
import { RequestedTerms, SignAgreement } from '@aftersales/contracts-domain';
import { AgreementSignedV1 } from '@aftersales/integration-events';
import { randomUUID } from 'node:crypto';
import { PerUnitAgreementRequest, RevenueShareAgreementRequest, SignAgreementRequest } from './sign-agreement.request';

type CreatedResponse = Parameters<typeof answerCreated>[0];

@ApiTags('agreements')
@Controller('dealers/:code/agreements')
export class SignAgreementController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ operationId: 'signAgreement', summary: 'Sign a new agreement version' })
  @ApiExtraModels(RevenueShareAgreementRequest, PerUnitAgreementRequest)
  @ApiBody({
    description: 'The fund model decides which terms are required; the other model\'s terms are refused',
    schema: {
      oneOf: [{ $ref: getSchemaPath(RevenueShareAgreementRequest) }, { $ref: getSchemaPath(PerUnitAgreementRequest) }],
      discriminator: {
        propertyName: 'fundModel',
        mapping: { 'revenue-share': getSchemaPath(RevenueShareAgreementRequest), 'per-unit': getSchemaPath(PerUnitAgreementRequest) },
      },
    },
  })
  @ApiCreated({
    type: AgreementResponse,
    description: 'A new agreement version, superseding the latest from its validFrom',
    location: 'The version in force on its validFrom: /dealers/{code}/agreements?inForceOn={validFrom} (readable once the read model has it)',
    links: {
      GetAgreementInForce: {
        operationId: 'listAgreements',
        parameters: { code: '$response.body#/dealerCode', inForceOn: '$response.body#/validFrom' },
        description: 'The version in force on its validFrom: this one',
      },
    },
  })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such dealer')
  @ApiProblem(422, 'The version ends before it starts, or before the latest version starts')
  async sign(@Param() { code }: DealerCodeParam, @Body() body: SignAgreementRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const { validFrom, validTo, ...terms } = body;
    // A new agreementId per request: signing is not idempotent, every call is a new version.
    const command = new SignAgreement(randomUUID(), code, validFrom, validTo, terms as RequestedTerms);
    const signed = await this.commands.execute<SignAgreement, AgreementSignedV1>(command);
    answerCreated(res, true, `/dealers/${encodeURIComponent(code)}/agreements?inForceOn=${signed.validFrom}`);
    return signed;
  }
}

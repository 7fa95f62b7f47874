import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { versionInForce } from '@aftersales/contracts-domain';
import { notFound } from '@aftersales/event-sourcing';
import { IsCalendarDate } from '@aftersales/integration-events';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { IsOptional } from 'class-validator';
import { DealerCodeParam } from '../../dealers/dealer-code.param';
import { AGREEMENT_VIEW, AgreementView, DEALER_VIEW } from '../../projection/contracts.projection';

export class AgreementsQuery {
  @ApiPropertyOptional({ example: '2026-08-03', description: 'Only the version in force on this date (YYYY-MM-DD); none when no agreement is' })
  @IsOptional() @IsCalendarDate()
  inForceOn?: string;
}

@ApiTags('agreements')
@Controller('dealers/:code/agreements')
export class QueryAgreementsController {
  constructor(private readonly infra: ServiceInfrastructure) {}

  @Get()
  @ApiOkResponse({
    description: 'Every agreement version of the dealer, oldest first, with its full terms; with inForceOn, only the version ' +
      'in force that day: a later version supersedes the earlier ones from its validFrom on, and an earlier one never comes back',
  })
  @ApiNotFoundResponse({ description: 'No such dealer' })
  async list(@Param() { code }: DealerCodeParam, @Query() { inForceOn }: AgreementsQuery) {
    const dealer = await this.infra.db.collection<{ _id: string }>(DEALER_VIEW).findOne({ _id: code });
    if (!dealer) throw notFound(`dealer ${code} is not registered`, 'code');
    const versions = (await this.infra.db.collection<AgreementView>(AGREEMENT_VIEW)
      .find({ dealerCode: code }).sort({ agreementVersion: 1 }).toArray()).map(({ _id, ...v }) => v);
    if (inForceOn === undefined) return { dealerCode: code, items: versions };
    const inForce = versionInForce(versions, inForceOn);
    return { dealerCode: code, inForceOn, items: inForce ? [inForce] : [] };
  }
}

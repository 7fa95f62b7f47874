import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { notFound } from '@aftersales/event-sourcing';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { DealerCodeParam } from '../../dealers/dealer-code.param';
import { AGREEMENT_VIEW, AgreementView, DEALER_VIEW } from '../../projection/contracts.projection';

@ApiTags('agreements')
@Controller('dealers/:code/agreements')
export class QueryAgreementsController {
  constructor(private readonly infra: ServiceInfrastructure) {}

  @Get()
  @ApiOkResponse({ description: 'Every agreement version of the dealer, oldest first, with its full terms' })
  @ApiNotFoundResponse({ description: 'No such dealer' })
  async list(@Param() { code }: DealerCodeParam) {
    const dealer = await this.infra.db.collection<{ _id: string }>(DEALER_VIEW).findOne({ _id: code });
    if (!dealer) throw notFound(`dealer ${code} is not registered`, 'code');
    const versions = await this.infra.db.collection<AgreementView>(AGREEMENT_VIEW)
      .find({ dealerCode: code }).sort({ agreementVersion: 1 }).toArray();
    return { dealerCode: code, items: versions.map(({ _id, ...v }) => v) };
  }
}

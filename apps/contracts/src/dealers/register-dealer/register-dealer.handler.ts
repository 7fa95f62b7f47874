import { dealerDecider, dealerStreamId, DealerState } from '@aftersales/contracts-domain';
import { handleCommand, invalid } from '@aftersales/event-sourcing';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { dealerEvents } from '../../events/dealer-events.mapping';
import { RegionDirectory } from '../../regions/region-directory';
import { RegisterDealerRequest } from './register-dealer.request';

export class RegisterDealerCommand {
  constructor(readonly request: RegisterDealerRequest) {}
}

@CommandHandler(RegisterDealerCommand)
export class RegisterDealerHandler implements ICommandHandler<RegisterDealerCommand, { created: boolean; state: DealerState }> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly regions: RegionDirectory) {}

  async execute({ request }: RegisterDealerCommand) {
    const serviceClass = this.regions.serviceClassOf(request.region);
    if (!serviceClass) {
      const known = this.regions.list().map((r) => r.region).join(', ');
      throw invalid(`region ${request.region} is not a configured region (${known})`, 'region');
    }
    if (request.parentDealerCode) {
      const parent = await this.infra.store.read(dealerStreamId(request.parentDealerCode));
      // A business refusal (422): 404 is kept for an unknown resource named in the path.
      if (parent.version === 0) throw invalid(`parent dealer ${request.parentDealerCode} is not registered`, 'parentDealerCode');
    }
    const data = { ...request, serviceClass, timeZone: request.timeZone ?? 'Asia/Shanghai' };
    const stream = { streamType: 'dealer', streamId: dealerStreamId(data.code), dealerCode: data.code };
    const result = await handleCommand(this.infra.store, dealerDecider, stream, { type: 'RegisterDealer', data }, commandContext(), dealerEvents);
    return { created: result.events.length > 0, state: result.state };
  }
}

import { dealerDecider, dealerStreamId, DealerState } from '@aftersales/contracts-domain';
import { handleCommand, invalid } from '@aftersales/event-sourcing';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { dealerEvents } from '../../events/dealer-events.mapping';
import { RegionDirectory } from '../../regions/region-directory';

export interface RegisteredDealer { created: boolean; state: DealerState }

/** A dealer as the registration asks for it: the service completes its service class and time zone. */
export interface DealerApplication {
  code: string;
  name: string;
  region: string;
  parentDealerCode?: string;
  address?: string;
  hotline?: string;
  timeZone?: string;
}

/**
 * The use case's one command, as the CommandBus carries it. The handler completes the dealer
 * (its region's service class, the default time zone) into the one the decider registers.
 */
export class RegisterDealer extends Command<RegisteredDealer> {
  constructor(readonly dealer: DealerApplication) {
    super();
  }
}

@CommandHandler(RegisterDealer)
export class RegisterDealerHandler implements ICommandHandler<RegisterDealer, RegisteredDealer> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly regions: RegionDirectory) {}

  async execute({ dealer: request }: RegisterDealer): Promise<RegisteredDealer> {
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

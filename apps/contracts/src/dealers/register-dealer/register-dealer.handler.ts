import { dealerDecider, dealerStreamId, DealerState, RegisterDealer } from '@aftersales/contracts-domain';
import { handleCommand, invalid } from '@aftersales/event-sourcing';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { dealerEvents } from '../../events/dealer-events.mapping';
import { RegionDirectory } from '../../regions/region-directory';

export interface RegisteredDealer { created: boolean; state: DealerState }

/**
 * Looks up what the decider needs to know besides the command: the service class of the
 * dealer's region, and whether the parent dealer a sub-dealer names is registered.
 */
@CommandHandler(RegisterDealer)
export class RegisterDealerHandler implements ICommandHandler<RegisterDealer, RegisteredDealer> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly regions: RegionDirectory) {}

  async execute(command: RegisterDealer): Promise<RegisteredDealer> {
    const { code, region, parentDealerCode } = command.dealer;
    const serviceClass = this.regions.serviceClassOf(region);
    if (!serviceClass) {
      const known = this.regions.list().map((r) => r.region).join(', ');
      throw invalid(`region ${region} is not a configured region (${known})`, 'region');
    }
    const parentDealerRegistered = parentDealerCode ? (await this.infra.store.read(dealerStreamId(parentDealerCode))).version > 0 : undefined;
    const stream = { streamType: 'dealer', streamId: dealerStreamId(code), dealerCode: code };
    const facts = { serviceClass, parentDealerRegistered };
    const result = await handleCommand(this.infra.store, dealerDecider, stream, command, commandContext(), dealerEvents, facts);
    return { created: result.events.length > 0, state: result.state };
  }
}

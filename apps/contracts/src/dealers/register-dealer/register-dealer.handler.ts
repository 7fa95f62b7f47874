import { dealerDecider, dealerStreamId, DealerState } from '@aftersales/contracts-domain';
import { handleCommand, notFound } from '@aftersales/event-sourcing';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RegisterDealerRequest } from './register-dealer.request';

export class RegisterDealerCommand {
  constructor(readonly request: RegisterDealerRequest) {}
}

@CommandHandler(RegisterDealerCommand)
export class RegisterDealerHandler implements ICommandHandler<RegisterDealerCommand, { created: boolean; state: DealerState }> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  async execute({ request }: RegisterDealerCommand) {
    if (request.parentDealerCode) {
      const parent = await this.infra.store.read(dealerStreamId(request.parentDealerCode));
      if (parent.version === 0) throw notFound(`parent dealer ${request.parentDealerCode} is not registered`, 'parentDealerCode');
    }
    const data = { ...request, timeZone: request.timeZone ?? 'Asia/Shanghai' };
    const stream = { streamType: 'dealer', streamId: dealerStreamId(data.code), dealerCode: data.code };
    const result = await handleCommand(this.infra.store, dealerDecider, stream, { type: 'RegisterDealer', data }, commandContext());
    return { created: result.events.length > 0, state: result.state };
  }
}

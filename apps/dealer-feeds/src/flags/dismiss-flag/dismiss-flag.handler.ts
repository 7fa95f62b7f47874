import { DismissFlag, flagDecider, flagStreamId } from '@aftersales/dealer-feeds-domain';
import { handleCommand } from '@aftersales/event-sourcing';
import { FlagDismissedV1 } from '@aftersales/integration-events';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { flagEvents } from '../flag-events.mapping';

/** Dismisses an open flag on its own stream: 404 for no such flag of the dealer, 422 when it is cleared or dismissed already. */
@CommandHandler(DismissFlag)
export class DismissFlagHandler implements ICommandHandler<DismissFlag, FlagDismissedV1> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  async execute(command: DismissFlag): Promise<FlagDismissedV1> {
    const stream = { streamType: 'flag', streamId: flagStreamId(command.flagId), dealerCode: command.dealerCode };
    const { events } = await handleCommand(this.infra.store, flagDecider, stream, command, commandContext(), flagEvents);
    const [dismissed] = events;
    if (dismissed?.type !== 'FlagDismissed') throw new Error('dismissal produced no event'); // unreachable: decide emits one or throws
    return dismissed.data;
  }
}

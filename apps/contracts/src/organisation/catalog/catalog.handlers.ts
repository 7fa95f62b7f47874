import { CatalogModel, CatalogPart, catalogDecider, catalogModelStreamId, catalogPartStreamId, ListModel, ListPart } from '@aftersales/contracts-domain';
import { handleCommand } from '@aftersales/event-sourcing';
import { NETWORK_KEY } from '@aftersales/integration-events';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { catalogEvents } from '../organisation-events.mapping';

export interface Listed<T> { created: boolean; listed: T }

/** Catalog streams are network-wide: the envelope's dealerCode is NETWORK (one Kafka key, so their order holds). */
async function list<T extends CatalogModel | CatalogPart>(infra: ServiceInfrastructure, streamId: string, command: ListModel | ListPart): Promise<Listed<T>> {
  const stream = { streamType: 'catalog', streamId, dealerCode: NETWORK_KEY };
  const result = await handleCommand(infra.store, catalogDecider, stream, command, commandContext(), catalogEvents);
  return { created: result.events.length > 0, listed: result.state.listed as T };
}

@CommandHandler(ListModel)
export class ListModelHandler implements ICommandHandler<ListModel, Listed<CatalogModel>> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  execute(command: ListModel): Promise<Listed<CatalogModel>> {
    return list(this.infra, catalogModelStreamId(command.model.model), command);
  }
}

@CommandHandler(ListPart)
export class ListPartHandler implements ICommandHandler<ListPart, Listed<CatalogPart>> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  execute(command: ListPart): Promise<Listed<CatalogPart>> {
    return list(this.infra, catalogPartStreamId(command.part.partNo), command);
  }
}

import { handleCommand } from '@aftersales/event-sourcing';
import { NETWORK_KEY } from '@aftersales/integration-events';
import { ImportPriceList, PRICE_LIST_STREAM, PriceListCommand, priceListDecider, PriceListRevisedData } from '@aftersales/parts-logistics-domain';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { priceListEvents } from './price-list-events.mapping';
import { RevisionResponse } from './revision.response';

/** The price list is one stream of the network: its events carry the envelope dealerCode NETWORK (one Kafka key, so their order holds). */
export const PRICE_LIST = { streamType: 'price-list', streamId: PRICE_LIST_STREAM, dealerCode: NETWORK_KEY };

/** Decides a price-list command and answers the version it made, or the latest one when it changed nothing. */
export async function revisePriceList(infra: ServiceInfrastructure, command: PriceListCommand): Promise<RevisionResponse> {
  const { events, state } = await handleCommand(infra.store, priceListDecider, PRICE_LIST, command, commandContext(), priceListEvents);
  const parts: PriceListRevisedData[] = events.map((event) => event.data);
  const first = parts[0];
  if (!first) {
    const source = command instanceof ImportPriceList ? 'import' : 'edit';
    return { version: state.version, effectiveFrom: state.effectiveFrom ?? command.effectiveFrom, source, set: 0, withdrawn: 0, lineCount: state.lines.size, created: false };
  }
  return {
    version: first.version, effectiveFrom: first.effectiveFrom, source: first.source,
    ...(first.reason ? { reason: first.reason } : {}), ...(first.fileName ? { fileName: first.fileName } : {}),
    set: parts.reduce((n, part) => n + part.set.length, 0), withdrawn: parts.reduce((n, part) => n + part.withdrawn.length, 0),
    lineCount: first.lineCount, created: true,
  };
}

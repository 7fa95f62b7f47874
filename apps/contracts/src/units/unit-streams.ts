import { DeliverUnit, RegisterUnit, unitDecider, UnitEvent, UnitState, unitStreamId } from '@aftersales/contracts-domain';
import { AppendContext, fold, handleCommand } from '@aftersales/event-sourcing';
import { MongoEventStore } from '@aftersales/event-store-mongo';
import { UnitSettings } from './unit-settings';
import { unitEvents } from './unit-events.mapping';

/** A unit's state as its stream has it (no read model's delay): what a check before a batch decides on. */
export async function unitState(store: MongoEventStore, serialNo: string): Promise<UnitState> {
  const { events } = await store.read(unitStreamId(serialNo));
  return fold(unitDecider, events.map((e) => unitEvents.fromPublished(e)));
}

/** Decides a unit command on its stream and appends what it decided: the events (none when it changed nothing). */
export async function onUnit(store: MongoEventStore, settings: UnitSettings, command: DeliverUnit | RegisterUnit, dealerCode: string, context: AppendContext): Promise<UnitEvent[]> {
  const serialNo = command.type === 'DeliverUnit' ? command.delivery.serialNo : command.card.serialNo;
  const stream = { streamType: 'unit', streamId: unitStreamId(serialNo), dealerCode };
  const result = await handleCommand(store, unitDecider, stream, command, context, unitEvents, { cardReturnMonths: settings.cardReturnMonths });
  return result.events;
}

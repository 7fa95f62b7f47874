import { Decider, exhaustive } from '@aftersales/event-sourcing';

/** The manufacturer's catalog (network-wide master data): what the feeds may name. */
export type PartCategory = 'spare-part' | 'consumable' | 'used-part';

export interface CatalogModel { model: string; name: string }
/** A part: its category decides its warranty; `component` names an agreement's override (print-head: 3 months). */
export interface CatalogPart { partNo: string; name: string; category: PartCategory; component?: string }

/** Lists a model, or changes it: the same POST (an upsert whose changes are its history). */
export class ListModel {
  constructor(readonly model: CatalogModel) {}
}

export class ListPart {
  constructor(readonly part: CatalogPart) {}
}

export type ModelListed = { type: 'ModelListed'; data: CatalogModel };
export type PartListed = { type: 'PartListed'; data: CatalogPart };
export type CatalogEvent = ModelListed | PartListed;
export type CatalogCommand = ListModel | ListPart;

/** The entry as last listed; none before the first listing. */
export type CatalogEntryState = { listed?: CatalogModel | CatalogPart };

export const catalogModelStreamId = (model: string) => `catalog-model-${model}`;
export const catalogPartStreamId = (partNo: string) => `catalog-part-${partNo}`;

/**
 * One model or one part per stream. Listing it again with the same content changes nothing (a
 * retried request, or a demo run again); other content is a change, kept in its history.
 */
export const catalogDecider: Decider<CatalogCommand, CatalogEvent, CatalogEntryState> = {
  initialState: () => ({}),
  decide(command, state) {
    const event: CatalogEvent = command instanceof ListModel
      ? { type: 'ModelListed', data: { model: command.model.model, name: command.model.name } }
      : { type: 'PartListed', data: partOf(command.part) };
    return state.listed && sameContent(state.listed, event.data) ? [] : [event];
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'ModelListed':
      case 'PartListed':
        return { listed: event.data };
      default:
        return exhaustive(event, 'catalog event');
    }
  },
};

function partOf({ partNo, name, category, component }: CatalogPart): CatalogPart {
  return component === undefined ? { partNo, name, category } : { partNo, name, category, component };
}

function sameContent(a: object, b: object): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

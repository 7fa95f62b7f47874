import { Decider, exhaustive, invalid, notFound } from '@aftersales/event-sourcing';
import { isLateNotice } from './notice';

/** What a change of the service organisation (第二條 1) may name; at least one of them. */
export interface OrganisationDetails { address?: string; hotline?: string; serviceManager?: string }

/** When a change takes effect and when the dealer notified it (its own calendar date). */
export interface Notice { dealerCode: string; effectiveOn: string; notifiedOn: string }

export class ChangeServiceOrganisation {
  constructor(readonly notice: Notice, readonly details: OrganisationDetails) {}
}

export class JoinTechnician {
  constructor(readonly notice: Notice, readonly technicianId: string, readonly name: string) {}
}

export class RecordTechnicianDeparture {
  constructor(readonly notice: Notice, readonly technicianId: string) {}
}

export type OrganisationCommand = ChangeServiceOrganisation | JoinTechnician | RecordTechnicianDeparture;

/** The agreement's notice period in force on the effective date; undefined when no agreement is. */
export interface NoticeFacts { noticeDays?: number }

type Noticed = Notice & { late: boolean };
export type ServiceOrganisationChanged = { type: 'ServiceOrganisationChanged'; data: Noticed & OrganisationDetails };
export type TechnicianJoined = { type: 'TechnicianJoined'; data: Noticed & { technicianId: string; name: string } };
export type TechnicianLeft = { type: 'TechnicianLeft'; data: Noticed & { technicianId: string } };
export type OrganisationEvent = ServiceOrganisationChanged | TechnicianJoined | TechnicianLeft;

/** A technician's time in the organisation: the notices it joined and left with. */
export interface TechnicianTenure { joined: TechnicianJoined['data']; left?: TechnicianLeft['data'] }
export interface OrganisationState {
  lastChange?: ServiceOrganisationChanged['data'];
  technicians: Record<string, TechnicianTenure>;
}

/** A dealer's organisation and its technicians in one stream: their changes in the order notified. */
export const organisationStreamId = (dealerCode: string) => `organisation-${dealerCode}`;

/**
 * Every change is recorded with its notice, late or not (a late notice is flagged, never refused).
 * The same change again is a retried request. A technician joins once while in the organisation
 * (again only after leaving), and leaves once, on or after joining.
 */
export const organisationDecider: Decider<OrganisationCommand, OrganisationEvent, OrganisationState, NoticeFacts> = {
  initialState: () => ({ technicians: {} }),
  decide(command, state, { noticeDays }) {
    const { notifiedOn, effectiveOn } = command.notice;
    const noticed: Noticed = { ...command.notice, late: isLateNotice(notifiedOn, effectiveOn, noticeDays) };
    if (command instanceof ChangeServiceOrganisation) return change(command, noticed, state);
    if (command instanceof JoinTechnician) return join(command, noticed, state);
    return leave(command, noticed, state);
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ServiceOrganisationChanged': return { ...state, lastChange: event.data };
      case 'TechnicianJoined':
        return { ...state, technicians: { ...state.technicians, [event.data.technicianId]: { joined: event.data } } };
      case 'TechnicianLeft': {
        const tenure = state.technicians[event.data.technicianId];
        return tenure ? { ...state, technicians: { ...state.technicians, [event.data.technicianId]: { ...tenure, left: event.data } } } : state;
      }
      default: return exhaustive(event, 'organisation event');
    }
  },
};

function change({ details }: ChangeServiceOrganisation, noticed: Noticed, { lastChange }: OrganisationState): OrganisationEvent[] {
  const { address, hotline, serviceManager } = details;
  if (address === undefined && hotline === undefined && serviceManager === undefined) {
    throw invalid('a change names at least one of address, hotline, serviceManager', 'address');
  }
  const same = lastChange && lastChange.effectiveOn === noticed.effectiveOn && lastChange.address === address
    && lastChange.hotline === hotline && lastChange.serviceManager === serviceManager;
  if (same) return [];
  return [{ type: 'ServiceOrganisationChanged', data: { ...noticed, ...defined({ address, hotline, serviceManager }) } }];
}

function join({ technicianId, name }: JoinTechnician, noticed: Noticed, { technicians }: OrganisationState): OrganisationEvent[] {
  const tenure = technicians[technicianId];
  if (tenure && !tenure.left) {
    if (tenure.joined.name === name && tenure.joined.effectiveOn === noticed.effectiveOn) return [];
    throw invalid(`technician ${technicianId} is in the organisation since ${tenure.joined.effectiveOn}`, 'technicianId');
  }
  if (tenure?.left && noticed.effectiveOn <= tenure.left.effectiveOn) {
    throw invalid(`technician ${technicianId} left on ${tenure.left.effectiveOn}: a return takes effect after that`, 'effectiveOn');
  }
  return [{ type: 'TechnicianJoined', data: { ...noticed, technicianId, name } }];
}

function leave({ technicianId }: RecordTechnicianDeparture, noticed: Noticed, { technicians }: OrganisationState): OrganisationEvent[] {
  const tenure = technicians[technicianId];
  if (!tenure) throw notFound(`technician ${technicianId} is not in the organisation of ${noticed.dealerCode}`, 'technicianId');
  if (tenure.left) {
    if (tenure.left.effectiveOn === noticed.effectiveOn) return [];
    throw invalid(`technician ${technicianId} already left on ${tenure.left.effectiveOn}`, 'effectiveOn');
  }
  if (noticed.effectiveOn < tenure.joined.effectiveOn) {
    throw invalid(`effectiveOn ${noticed.effectiveOn} is before technician ${technicianId} joined (${tenure.joined.effectiveOn})`, 'effectiveOn');
  }
  return [{ type: 'TechnicianLeft', data: { ...noticed, technicianId } }];
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

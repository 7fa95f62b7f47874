import {
  ChangeServiceOrganisation, JoinTechnician, OrganisationDetails, organisationDecider, OrganisationEvent, OrganisationState,
  organisationStreamId, RecordTechnicianDeparture,
} from '@aftersales/contracts-domain';
import { handleCommand } from '@aftersales/event-sourcing';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrganisationLookups } from '../organisation-lookups';
import { organisationEvents } from '../organisation-events.mapping';
import { recorded } from '../organisation.fields';

/** What the dealer notified: a change of its organisation, a technician joining, or one leaving. */
export type Notified =
  | { kind: 'change'; details: OrganisationDetails }
  | { kind: 'join'; technicianId: string; name: string }
  | { kind: 'leave'; technicianId: string };

/** The use case's command: the dealer, when it takes effect, and what. */
export class NotifyChange {
  constructor(readonly dealerCode: string, readonly effectiveOn: string, readonly notified: Notified) {}
}

export interface NotifiedChange { created: boolean; recorded: OrganisationEvent['data'] }

/**
 * Records a notified change on the day it is notified (today in the dealer's time zone), late or
 * not by the noticeDays of the agreement in force on the day it takes effect.
 */
@CommandHandler(NotifyChange)
export class NotifyChangeHandler implements ICommandHandler<NotifyChange, NotifiedChange> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly lookups: OrganisationLookups) {}

  async execute({ dealerCode, effectiveOn, notified }: NotifyChange): Promise<NotifiedChange> {
    const dealer = await this.lookups.dealer(dealerCode);
    const notice = { dealerCode, effectiveOn, notifiedOn: this.lookups.today(dealer) };
    const agreement = await this.lookups.agreementOn(dealerCode, effectiveOn);
    const command = notified.kind === 'change' ? new ChangeServiceOrganisation(notice, notified.details)
      : notified.kind === 'join' ? new JoinTechnician(notice, notified.technicianId, notified.name)
        : new RecordTechnicianDeparture(notice, notified.technicianId);
    const stream = { streamType: 'organisation', streamId: organisationStreamId(dealerCode), dealerCode };
    const result = await handleCommand(this.infra.store, organisationDecider, stream, command, commandContext(), organisationEvents,
      { noticeDays: agreement?.terms.noticeDays });
    const [event] = result.events;
    return { created: !!event, recorded: event ? event.data : asRecorded(notified, result.state) };
  }
}

/** A retried request changed nothing: it is answered with what was recorded the first time. */
function asRecorded(notified: Notified, state: OrganisationState): OrganisationEvent['data'] {
  if (notified.kind === 'change') return recorded(state.lastChange, 'the change');
  const tenure = recorded(state.technicians[notified.technicianId], `technician ${notified.technicianId}`);
  return notified.kind === 'join' ? tenure.joined : recorded(tenure.left, `the departure of ${notified.technicianId}`);
}

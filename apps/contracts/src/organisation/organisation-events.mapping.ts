import {
  CatalogEvent, CertificateEvent, OrganisationEvent, TrainingPlacesEvent, TrainingSessionEvent,
} from '@aftersales/contracts-domain';
import { DomainEvent, EventCodec, UnknownEventType } from '@aftersales/event-sourcing';
import { EventDefinition, isPublishedAs, OrganisationEvents, published } from '@aftersales/integration-events';

/**
 * The events of the organisation area's streams are published as they are decided: each domain
 * event's data is its published schema's (organisation.events.ts), so the codec maps names only.
 * The store validates every event against its schema before it is appended.
 */
function codec<E extends DomainEvent>(stream: string, definitions: { [T in E['type']]: EventDefinition }): EventCodec<E> {
  const byType = Object.entries(definitions) as [E['type'], EventDefinition][];
  return {
    toPublished: (event) => published(definitions[event.type as E['type']], event.data),
    fromPublished(event) {
      const found = byType.find(([, definition]) => isPublishedAs(definition, event));
      if (!found) throw new UnknownEventType(event, stream);
      return { type: found[0], data: event.data } as E;
    },
  };
}

const E = OrganisationEvents;
export const organisationEvents = codec<OrganisationEvent>('organisation', {
  ServiceOrganisationChanged: E.ServiceOrganisationChanged, TechnicianJoined: E.TechnicianJoined, TechnicianLeft: E.TechnicianLeft,
});
export const certificateEvents = codec<CertificateEvent>('certificate', { CertificateIssued: E.CertificateIssued, CertificateRevoked: E.CertificateRevoked });
export const catalogEvents = codec<CatalogEvent>('catalog', { ModelListed: E.ModelListed, PartListed: E.PartListed });
export const trainingSessionEvents = codec<TrainingSessionEvent>('training session', { TrainingSessionScheduled: E.TrainingSessionScheduled });
export const trainingPlacesEvents = codec<TrainingPlacesEvent>('training places', { TrainingPlacesBooked: E.TrainingPlacesBooked });

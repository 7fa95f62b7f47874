import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { EventEnvelope, OrganisationEvents as E, TOPICS } from '@aftersales/integration-events';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AnyBulkWriteOperation } from 'mongodb';
import { ModelDefinition } from '@nestjs/mongoose';
import { Connection, Model } from 'mongoose';
import { CatalogChange, CatalogChangeSchema, CatalogModelView, CatalogModelViewSchema, CatalogPartView, CatalogPartViewSchema } from './catalog.views';
import {
  CertificateView, CertificateViewSchema, OrganisationChangeKind, OrganisationChangeView, OrganisationChangeViewSchema,
  TrainingBookingView, TrainingBookingViewSchema, TrainingSessionView, TrainingSessionViewSchema,
} from './organisation.views';

export const ORGANISATION_READ_MODEL = 'organisation';
/** The models the projection writes, in the order `create` takes them. */
export const ORGANISATION_MODELS: ModelDefinition[] = [
  // The catalog's history first: an entry's current version is never read before its history has it.
  { name: CatalogChange.name, schema: CatalogChangeSchema },
  { name: CatalogModelView.name, schema: CatalogModelViewSchema }, { name: CatalogPartView.name, schema: CatalogPartViewSchema },
  { name: OrganisationChangeView.name, schema: OrganisationChangeViewSchema },
  { name: CertificateView.name, schema: CertificateViewSchema }, { name: TrainingSessionView.name, schema: TrainingSessionViewSchema },
  { name: TrainingBookingView.name, schema: TrainingBookingViewSchema },
];

const CHANGE_KINDS: Record<string, OrganisationChangeKind> = {
  [E.ServiceOrganisationChanged.type]: 'organisation', [E.TechnicianJoined.type]: 'technician-joined', [E.TechnicianLeft.type]: 'technician-left',
};

type Keyed = { _id: string; [field: string]: unknown };
type Ops = AnyBulkWriteOperation<Keyed>[];
type Data = Record<string, unknown>;

/**
 * The catalog, the dealers' organisation changes, certificates and training, from contracts'
 * own events. Every statement is idempotent: a change or listing is keyed by its event id, the
 * current catalog entry is written only by a newer stream version, a certificate's issue and
 * revocation set fields of their own, a session and a booking happen once.
 */
export class OrganisationProjection implements Projection {
  readonly name = ORGANISATION_READ_MODEL;
  readonly handles = new Set<string>(Object.values(E).map((definition) => definition.type));

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(private readonly models: Model<any>[]) {}

  /** On a connection of its own choosing (a test's, a scratch rebuild). */
  static on(connection: Connection): OrganisationProjection {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return new OrganisationProjection(ORGANISATION_MODELS.map(({ name, schema }) => connection.model<any>(name, schema) as Model<any>));
  }

  async ensureIndexes(): Promise<void> {
    for (const model of this.models) await model.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const ops: Ops[] = this.models.map(() => []);
    const [catalogChanges, models, parts, changes, certificates, sessions, bookings] = ops as [Ops, Ops, Ops, Ops, Ops, Ops, Ops];
    for (const event of events) {
      const data = event.data as Data;
      const kind = CHANGE_KINDS[event.type];
      if (kind) changes.push(insertOnce(event.eventId, { ...data, kind, version: event.version, recordedAt: event.recordedAt, actor: event.metadata.actor }));
      else if (event.type === E.ModelListed.type || event.type === E.PartListed.type) {
        const entry = event.type === E.ModelListed.type ? 'model' : 'part';
        const key = String(entry === 'model' ? data['model'] : data['partNo']);
        const current = { ...data, version: event.version, changedAt: event.occurredAt };
        (entry === 'model' ? models : parts).push({ replaceOne: { filter: { _id: key, version: { $lt: event.version } }, replacement: current as unknown as Keyed, upsert: true } });
        catalogChanges.push(insertOnce(event.eventId, { entry, key, version: event.version, content: data, changedAt: event.occurredAt, actor: event.metadata.actor }));
      } else if (event.type === E.CertificateIssued.type) certificates.push(setFields(String(data['certificateNo']), data));
      else if (event.type === E.CertificateRevoked.type) {
        certificates.push(setFields(String(data['certificateNo']), { revokedOn: data['revokedOn'], revocationReason: data['reason'] }));
      } else if (event.type === E.TrainingSessionScheduled.type) sessions.push(insertOnce(String(data['trainingSessionId']), data));
      else if (event.type === E.TrainingPlacesBooked.type) {
        bookings.push(insertOnce(`${String(data['trainingSessionId'])}#${event.dealerCode}`, { ...data, bookedAt: event.occurredAt }));
      }
    }
    // A newer catalog version already there makes its guarded upsert meet a duplicate key: tolerated.
    for (const [i, model] of this.models.entries()) await bulkWriteInChunks(driverCollection<Keyed>(model), ops[i] ?? [], { tolerateDuplicateKeys: true });
  }
}

function insertOnce(_id: string, fields: Data): AnyBulkWriteOperation<Keyed> {
  return { replaceOne: { filter: { _id }, replacement: fields as unknown as Keyed, upsert: true } };
}

function setFields(_id: string, fields: Data): AnyBulkWriteOperation<Keyed> {
  return { updateOne: { filter: { _id }, update: { $set: fields }, upsert: true } };
}

/** The live feed: batches of contracts' events in the consumer group `contracts.organisation`. */
@Controller()
export class OrganisationReadModelFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.contracts, group: 'contracts.organisation' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed(ORGANISATION_READ_MODEL, events);
  }
}

import { Projection } from '@aftersales/event-store-mongo';
import {
  AgreementSignedV1, CertificateIssuedV1, CertificateRevokedV1, ContractsEvents, DealerRegisteredV1, EventEnvelope, ModelListedV1,
  OrganisationEvents, PartListedV1, TOPICS,
} from '@aftersales/integration-events';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AnyBulkWriteOperation } from 'mongodb';
import { Connection, Model } from 'mongoose';
import {
  CatalogEntry, CatalogEntrySchema, NetworkAgreement, NetworkAgreementSchema, NetworkCertificate, NetworkCertificateSchema, NetworkDealer,
  NetworkDealerSchema,
} from './network.schemas';

const { DealerRegistered, AgreementSigned } = ContractsEvents;
const { CertificateIssued, CertificateRevoked, ModelListed, PartListed } = OrganisationEvents;

type Writes = { dealers: AnyBulkWriteOperation<NetworkDealer>[]; agreements: AnyBulkWriteOperation<NetworkAgreement>[];
  certificates: AnyBulkWriteOperation<NetworkCertificate>[]; catalog: AnyBulkWriteOperation<CatalogEntry>[] };

/**
 * What dealer-feeds knows of the network, from contracts.events.v1: dealers, agreement versions,
 * certificates, the catalog. Every write sets a document to what the event says (replace or $set),
 * so a redelivered event or a replay from the first offset leaves the same documents.
 */
export class NetworkProjection implements Projection {
  readonly name = 'network';
  readonly handles = new Set<string>([DealerRegistered.type, AgreementSigned.type, CertificateIssued.type, CertificateRevoked.type, ModelListed.type, PartListed.type]);

  constructor(
    private readonly dealers: Model<NetworkDealer>, private readonly agreements: Model<NetworkAgreement>,
    private readonly certificates: Model<NetworkCertificate>, private readonly catalog: Model<CatalogEntry>,
  ) {}

  /** On a connection of its own choosing (a test's, a scratch rebuild). */
  static on(connection: Connection): NetworkProjection {
    return new NetworkProjection(
      connection.model<NetworkDealer>(NetworkDealer.name, NetworkDealerSchema), connection.model<NetworkAgreement>(NetworkAgreement.name, NetworkAgreementSchema),
      connection.model<NetworkCertificate>(NetworkCertificate.name, NetworkCertificateSchema), connection.model<CatalogEntry>(CatalogEntry.name, CatalogEntrySchema));
  }

  async ensureIndexes() {
    for (const model of [this.dealers, this.agreements, this.certificates, this.catalog]) await model.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const writes: Writes = { dealers: [], agreements: [], certificates: [], catalog: [] };
    for (const event of events) this.plan(event, writes);
    const options = { tolerateDuplicateKeys: true };
    await bulkWriteInChunks(driverCollection(this.dealers), writes.dealers, options);
    await bulkWriteInChunks(driverCollection(this.agreements), writes.agreements, options);
    await bulkWriteInChunks(driverCollection(this.certificates), writes.certificates, options);
    await bulkWriteInChunks(driverCollection(this.catalog), writes.catalog, options);
  }

  private plan(event: EventEnvelope, writes: Writes): void {
    const upsert = <T>(_id: string, replacement: T) => ({ replaceOne: { filter: { _id }, replacement, upsert: true } });
    switch (event.type) {
      case DealerRegistered.type: {
        const d = event.data as unknown as DealerRegisteredV1;
        writes.dealers.push(upsert(d.code, { name: d.name, region: d.region, parentDealerCode: d.parentDealerCode, timeZone: d.timeZone }) as never);
        return;
      }
      case AgreementSigned.type: {
        const a = event.data as unknown as AgreementSignedV1;
        writes.agreements.push(upsert(`${a.dealerCode}#${a.agreementVersion}`, { dealerCode: a.dealerCode, agreementVersion: a.agreementVersion,
          validFrom: a.validFrom, validTo: a.validTo, feedDueDay: a.terms.reporting.feedDueDay, calendarTimeZone: a.terms.calendar.timeZone }) as never);
        return;
      }
      case CertificateIssued.type: {
        const c = event.data as unknown as CertificateIssuedV1;
        // $set, not replace: a revocation already applied (a redelivered issue after it) stays.
        const fields = { dealerCode: c.dealerCode, technicianId: c.technicianId, issuedOn: c.issuedOn, expiresOn: c.expiresOn };
        writes.certificates.push({ updateOne: { filter: { _id: c.certificateNo }, update: { $set: fields }, upsert: true } });
        return;
      }
      case CertificateRevoked.type: {
        const r = event.data as unknown as CertificateRevokedV1;
        writes.certificates.push({ updateOne: { filter: { _id: r.certificateNo }, update: { $set: { revokedOn: r.revokedOn } } } });
        return;
      }
      case ModelListed.type: {
        const m = event.data as unknown as ModelListedV1;
        writes.catalog.push(upsert(`model:${m.model}`, { entry: 'model', code: m.model }) as never);
        return;
      }
      case PartListed.type: {
        const p = event.data as unknown as PartListedV1;
        writes.catalog.push(upsert(`part:${p.partNo}`, { entry: 'part', code: p.partNo }) as never);
        return;
      }
    }
  }
}

/** The live feed: batches of contracts' events in the consumer group `dealer-feeds.network`. */
@Controller()
export class NetworkFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.contracts, group: 'dealer-feeds.network' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('network', events);
  }
}

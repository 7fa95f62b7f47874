// Test support for the flags' specs, kept outside src/ (production code may not import it) and never built.
import { MongoEventStore, OutboxRelay } from '@aftersales/event-store-mongo';
import { FeedRowChangeV1, TOPICS } from '@aftersales/integration-events';
import { KafkaEventPublisher } from '@aftersales/kafka';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { TestContext } from '@aftersales/testing';
import { createHash } from 'node:crypto';

const at = '2026-10-02T01:00:00.000Z';
const meta = { metadata: { correlationId: 'test', causationId: null, actor: 'test' }, occurredAt: at, recordedAt: at };

/** Contracts' side as its events say it: dealers, deliveries and registrations, published on contracts.events.v1. */
export class ContractsFacts {
  private readonly store: MongoEventStore;
  private readonly versions = new Map<string, number>();

  constructor(private readonly ctx: TestContext, private readonly infra: Pick<ServiceInfrastructure, 'kafka' | 'kafkaSettings'>) {
    this.store = new MongoEventStore(ctx.mongo.db(`${ctx.dbName}_contracts_feed`));
  }

  dealer(code: string, parentDealerCode?: string) {
    return this.append('dealer', `dealer-${code}`, code, 'contracts.DealerRegistered',
      { code, name: code, region: 'south', timeZone: 'Asia/Shanghai', ...(parentDealerCode ? { parentDealerCode } : {}) });
  }

  delivered(serialNo: string, dealerCode: string, receivedOn: string) {
    return this.append('unit', `unit-${serialNo}`, dealerCode, 'contracts.UnitDelivered', { serialNo, model: 'P-200', dealerCode, receivedOn });
  }

  registered(serialNo: string, dealerCode: string, cardNo: string, source: 'feed' | 'manual' = 'manual') {
    return this.append('unit', `unit-${serialNo}`, dealerCode, 'contracts.UnitRegistered',
      { serialNo, model: 'P-200', dealerCode, cardNo, saleDate: '2026-09-01', customerName: '王先生', source, late: false });
  }

  private async append(streamType: string, streamId: string, dealerCode: string, type: string, data: object): Promise<void> {
    await this.store.ensureIndexes();
    const version = this.versions.get(streamId) ?? 0;
    await this.store.append({ streamType, streamId, dealerCode }, version, [{ type, data }], meta);
    this.versions.set(streamId, version + 1);
    const publisher = new KafkaEventPublisher(this.infra.kafka, this.infra.kafkaSettings, TOPICS.contracts);
    const relay = new OutboxRelay(this.store, publisher, { pollIntervalMs: 50, batchSize: 100, onError: (e) => { throw e; } });
    while ((await relay.relayOnce()) > 0) { /* until every commit is published */ }
    await publisher.disconnect();
  }
}

type Kind = 'repairs' | 'parts' | 'sales' | 'warranty-cards';

/**
 * A version of a dealer's feed as the submissions area records it in dealer-feeds' own store: a
 * SubmissionAccepted and one FeedRowsChanged with its changes (the relay publishes them).
 */
export async function submitFeed(infra: ServiceInfrastructure, dealerCode: string, period: string, kind: Kind, version: number, changes: FeedRowChangeV1[]) {
  const submissionId = `feed-${dealerCode}-${period}-${kind}`;
  const count = (change: string) => changes.filter((c) => c.change === change).length;
  const accepted = {
    submissionId, dealerCode, period, kind, version, contentHash: createHash('sha256').update(`${submissionId}${version}`).digest('hex'),
    fileName: `${kind}.csv`, format: 'csv', receivedAt: at, late: false, dueDate: '2026-10-10', rows: changes.length,
    recorded: count('recorded'), corrected: count('corrected'), withdrawn: count('withdrawn'), warnings: 0, chunks: 1,
  };
  const rows = { submissionId, dealerCode, period, kind, version, chunk: 1, chunks: 1, changes };
  await infra.store.append({ streamType: 'feed', streamId: submissionId, dealerCode }, (version - 1) * 2,
    [{ type: 'feeds.SubmissionAccepted', data: accepted }, { type: 'feeds.FeedRowsChanged', data: rows }], meta);
  infra.relay.nudge();
  return submissionId;
}

export const recorded = (key: string, row: Record<string, string | number | boolean>): FeedRowChangeV1 => ({ change: 'recorded', key, row });
export const withdrawn = (key: string): FeedRowChangeV1 => ({ change: 'withdrawn', key });

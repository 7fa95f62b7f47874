import { MongoEventStore } from '@aftersales/event-store-mongo';
import { MongoClient } from 'mongodb';
import type { ServicesStack } from './services-stack';

const at = '2026-10-02T01:00:00.000Z';
const meta = { metadata: { correlationId: 'matrix', causationId: null, actor: 'matrix' }, occurredAt: at, recordedAt: at };

/**
 * A flag for each dealer, for the routes that name one (`{flagId}`): a repairs feed version on a
 * serial nobody delivered, recorded in dealer-feeds' store as its submissions area records one
 * (its relay publishes it, its flags raise repair-on-unknown-serial). The gateway imports no
 * service code, so the rows are written as the published schema has them.
 */
export async function recordFlaggedRepairs(stack: ServicesStack, dealers: string[]): Promise<void> {
  const mongo = await new MongoClient(stack.mongoUrl).connect();
  try {
    const store = new MongoEventStore(mongo.db(stack.dbOf('dealer-feeds')));
    await store.ensureIndexes();
    for (const dealerCode of dealers) {
      const submissionId = `matrix-${dealerCode}-2026-09-repairs`;
      const ref = { submissionId, dealerCode, period: '2026-09', kind: 'repairs', version: 1 };
      const row = { record_no: 'R-1', serial_no: `MATRIX-${dealerCode}`, model: 'P-200', reported_at: at, resolved_at: at, fault_level: 2, fault_code: 'E1', technician_id: 'T-1' };
      await store.append({ streamType: 'feed', streamId: submissionId, dealerCode }, 0, [
        { type: 'feeds.SubmissionAccepted', data: { ...ref, contentHash: '0'.repeat(64), fileName: 'repairs.csv', format: 'csv', receivedAt: at, late: false,
          dueDate: '2026-10-10', rows: 1, recorded: 1, corrected: 0, withdrawn: 0, warnings: 0, chunks: 1 } },
        { type: 'feeds.FeedRowsChanged', data: { ...ref, chunk: 1, chunks: 1, changes: [{ change: 'recorded', key: 'R-1', row }] } },
      ], meta);
    }
  } finally {
    await mongo.close();
  }
}

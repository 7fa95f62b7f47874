import { CommitDocument, StoredCommit } from '@aftersales/event-store-mongo';
import { EventEnvelope, upcast } from '@aftersales/integration-events';
import { invalid } from '@aftersales/event-sourcing';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Filter } from 'mongodb';
import { ServiceInfrastructure } from '../infrastructure';
import { DealerHistoryResponse, HistoryEventResponse } from './dealer-history.response';
import { decodeCursor, encodeCursor, HistoryPosition } from './history-cursor';

/** This service's own events about one dealer, newest first, a page at a time. */
export class GetDealerHistory extends Query<DealerHistoryResponse> {
  constructor(readonly dealerCode: string, readonly before?: string, readonly limit = 50) {
    super();
  }
}

interface Found { commit: CommitDocument; event: EventEnvelope }

/**
 * Reads the event store itself (the driver's collection, which has no sanitizeFilter): only text
 * reaches the filter, the code checked here and the cursor's fields decoded as text. A dealer this
 * service has no event of has an empty history; whether it exists is the caller's question.
 */
@QueryHandler(GetDealerHistory)
export class DealerHistoryHandler implements IQueryHandler<GetDealerHistory> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  async execute({ dealerCode, before, limit }: GetDealerHistory): Promise<DealerHistoryResponse> {
    if (typeof dealerCode !== 'string') return { dealerCode: String(dealerCode), items: [], next: null };
    const position = before === undefined ? undefined : decodeCursor(before);
    // Well-formed (the schema's pattern) yet no cursor this service wrote: a refusal of its meaning, not of its form.
    if (before !== undefined && !position) throw invalid('before is not the next of an earlier page of this history', 'before');
    const found = await this.newestFirst(dealerCode, position, limit + 1);
    const page = found.slice(0, limit);
    const last = page.at(-1);
    const next = found.length > limit && last ? encodeCursor({ recordedAt: last.commit.recordedAt, commitId: last.commit._id, version: last.event.version }) : null;
    return { dealerCode, items: page.map(({ event }) => historyEvent(event)), next };
  }

  /** Up to `count` events older than `position`: commits newest first, each commit's events last first. */
  private async newestFirst(dealerCode: string, position: HistoryPosition | undefined, count: number): Promise<Found[]> {
    const found: Found[] = [];
    const commits = this.infra.store.commits.find(historyFilter(dealerCode, position)).sort({ recordedAt: -1, _id: -1 }).batchSize(Math.min(count, 100));
    for await (const stored of commits) {
      const [commit] = await this.infra.store.decode([stored]);
      if (!commit) continue;
      for (const event of [...commit.events].reverse()) {
        // The commit the last page ended in: only its events before the last one answered.
        if (commit._id === position?.commitId && event.version >= position.version) continue;
        found.push({ commit, event });
        if (found.length === count) return found; // leaving the loop closes the cursor
      }
    }
    return found;
  }
}

/** The dealer's commits at or before the position (its own commit included: its older events may remain). */
function historyFilter(dealerCode: string, position: HistoryPosition | undefined): Filter<StoredCommit> {
  if (!position) return { dealerCode };
  const { recordedAt, commitId } = position;
  return { dealerCode, $or: [{ recordedAt: { $lt: recordedAt } }, { recordedAt, _id: { $lte: commitId } }] };
}

function historyEvent(event: EventEnvelope): HistoryEventResponse {
  const { eventId, type, occurredAt, recordedAt, streamType, streamId, version, metadata } = event;
  // Shown at the newest schema of its type, as the service's own readers see it.
  const { data } = upcast(type, event.schemaVersion, event.data);
  return { eventId, type, occurredAt, recordedAt, actor: metadata.actor, correlationId: metadata.correlationId, streamType, streamId, version, data };
}

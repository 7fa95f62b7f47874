import { FeedCommand, feedDecider, FeedRef, FeedState, feedStreamId } from '@aftersales/dealer-feeds-domain';
import { AppendContext, DomainError, StreamVersionConflict } from '@aftersales/event-sourcing';
import { upcast } from '@aftersales/integration-events';
import { isDuplicateKey } from '@aftersales/mongo';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { Injectable } from '@nestjs/common';
import { Collection } from 'mongodb';
import { feedEvents } from './feed-events.mapping';

export interface LoadedFeed { state: FeedState; streamVersion: number }

/** The state of a feed's stream as of a version (derived data: the stream's commits after it are folded on top). */
interface FeedHead { _id: string; streamVersion: number; state: FeedState }

type Feed = Pick<FeedRef, 'dealerCode' | 'period' | 'kind'>;

/**
 * A feed's stream, read without its rows: FeedRowsChanged carry up to a million rows a version, which
 * the decider never needs (it counts chunks). A head document (`feed_stream_heads`, by stream id)
 * keeps the folded state as of its stream version, written after each append; a load starts there
 * and folds only the commits after it, with the changes projected out (a database that cannot
 * project before reading, FerretDB, still decodes each commit it is asked for: about 1.4 s for
 * 8,000 rows). The stream never goes through the store's stream cache (which would keep the rows
 * in memory); appends are the store's own (one commit document per append, rule 2).
 */
@Injectable()
export class FeedStreams {
  private readonly heads: Collection<FeedHead>;

  constructor(private readonly infra: ServiceInfrastructure) {
    this.heads = infra.db.collection<FeedHead>('feed_stream_heads');
  }

  async load(feed: Feed): Promise<LoadedFeed> {
    const streamId = feedStreamId(feed);
    const head = await this.heads.findOne({ _id: streamId });
    let state = head?.state ?? feedDecider.initialState();
    let streamVersion = head?.streamVersion ?? 0;
    for (;;) {
      // Follows the commit ids (`<stream>@<firstVersion>`): indexed lookups on FerretDB too.
      // A chunk's rows are not needed to fold (when large, they are kept in event_data: then read whole, which only a crash before keepHead asks for).
      const stored = await this.infra.store.commits.findOne({ _id: `${streamId}@${streamVersion + 1}` }, { projection: { 'events.data.changes': 0 } });
      if (!stored) break;
      const [commit] = await this.infra.store.decode([stored]);
      if (!commit) break;
      for (const e of commit.events) state = feedDecider.evolve(state, feedEvents.fromPublished({ type: e.type, ...upcast(e.type, e.schemaVersion, e.data) }));
      streamVersion = commit.lastVersion;
    }
    if (streamVersion > (head?.streamVersion ?? 0)) await this.keepHead(streamId, streamVersion, state);
    return { state, streamVersion };
  }

  /**
   * Moves the head forward only: a slower writer of an older state changes nothing (its upsert
   * meets the newer head's `_id`). A head that could not be written costs the next load a longer fold, nothing else.
   */
  private async keepHead(streamId: string, streamVersion: number, state: FeedState): Promise<void> {
    await this.heads.updateOne({ _id: streamId, streamVersion: { $lt: streamVersion } }, { $set: { streamVersion, state } }, { upsert: true })
      .catch((error: unknown) => {
        if (!isDuplicateKey(error)) this.infra.logger.write('warn', `the head of ${streamId} was not kept: ${String(error)}`, 'feeds');
      });
  }

  /** Decides on the feed's state and appends the events in one commit; a concurrent writer is met once more on the fresh state. */
  async decide(feed: Feed, command: FeedCommand, context: AppendContext, loaded?: LoadedFeed): Promise<LoadedFeed & { appended: number }> {
    let current = loaded ?? (await this.load(feed));
    for (let attempt = 1; ; attempt++) {
      const events = feedDecider.decide(command, current.state, undefined);
      if (events.length === 0) return { ...current, appended: 0 };
      const stream = { streamType: 'feed', streamId: feedStreamId(feed), dealerCode: feed.dealerCode };
      try {
        const streamVersion = await this.infra.store.append(stream, current.streamVersion, events.map((e) => feedEvents.toPublished(e)), context);
        const state = events.reduce(feedDecider.evolve, current.state);
        await this.keepHead(stream.streamId, streamVersion, state);
        return { state, streamVersion, appended: events.length };
      } catch (error) {
        if (!(error instanceof StreamVersionConflict)) throw error;
        if (attempt >= 2) throw new DomainError('conflict', `${stream.streamId} was changed by a concurrent upload; retry`, 'file');
        current = await this.load(feed);
      }
    }
  }
}

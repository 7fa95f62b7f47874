import { FeedCommand, feedDecider, FeedRef, FeedState, feedStreamId } from '@aftersales/dealer-feeds-domain';
import { AppendContext, DomainError, StreamVersionConflict } from '@aftersales/event-sourcing';
import { upcast } from '@aftersales/integration-events';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { Injectable } from '@nestjs/common';
import { feedEvents } from './feed-events.mapping';

export interface LoadedFeed { state: FeedState; streamVersion: number }

type Feed = Pick<FeedRef, 'dealerCode' | 'period' | 'kind'>;

/**
 * A feed's stream, read without its rows: FeedRowsChanged carry up to a million rows a version, which
 * the decider never needs (it counts chunks). So the stream is folded from its commits with the
 * changes projected out, and never goes through the store's stream cache (which would keep the rows
 * in memory); appends are the store's own (one commit document per append, rule 2).
 */
@Injectable()
export class FeedStreams {
  constructor(private readonly infra: ServiceInfrastructure) {}

  async load(feed: Feed): Promise<LoadedFeed> {
    const streamId = feedStreamId(feed);
    let state = feedDecider.initialState();
    let streamVersion = 0;
    for (;;) {
      // Follows the commit ids (`<stream>@<firstVersion>`): indexed lookups on FerretDB too.
      const commit = await this.infra.store.commits.findOne({ _id: `${streamId}@${streamVersion + 1}` }, { projection: { 'events.data.changes': 0 } });
      if (!commit) break;
      for (const e of commit.events) state = feedDecider.evolve(state, feedEvents.fromPublished({ type: e.type, ...upcast(e.type, e.schemaVersion, e.data) }));
      streamVersion = commit.lastVersion;
    }
    return { state, streamVersion };
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
        return { state: events.reduce(feedDecider.evolve, current.state), streamVersion, appended: events.length };
      } catch (error) {
        if (!(error instanceof StreamVersionConflict)) throw error;
        if (attempt >= 2) throw new DomainError('conflict', `${stream.streamId} was changed by a concurrent upload; retry`, 'file');
        current = await this.load(feed);
      }
    }
  }
}

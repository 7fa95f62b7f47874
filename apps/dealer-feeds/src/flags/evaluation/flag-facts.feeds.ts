import { EventEnvelope, TOPICS } from '@aftersales/integration-events';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { contractsSubjects, changedRowIds, feedSubjects } from './flag-subjects';
import { FlagEvaluator } from './flag-evaluator';

/**
 * The flags' live feeds: each batch updates the facts read model, then the flags of the subjects
 * it touched are decided on the facts as they now stand. A failure redelivers the batch: the facts
 * are written idempotently and the flags decided again, which raises nothing twice. A rebuild of
 * the facts (POST /admin/rebuilds) replays into the read models only, deciding no flag.
 */
@Controller()
export class FlagFactsFeed {
  constructor(private readonly readModels: ReadModels, private readonly evaluator: FlagEvaluator) {}

  @EventPattern({ topic: TOPICS.contracts, group: 'dealer-feeds.flag-units' }, { batch: true })
  async contracts(@Payload() events: EventEnvelope[]): Promise<void> {
    await this.readModels.feed('flag-units', events);
    await this.decide(contractsSubjects(events), events);
  }

  @EventPattern({ topic: TOPICS.feeds, group: 'dealer-feeds.flag-feed-rows' }, { batch: true })
  async feeds(@Payload() events: EventEnvelope[]): Promise<void> {
    const before = await this.evaluator.rowsBefore(changedRowIds(events));
    await this.readModels.feed('flag-feed-rows', events);
    await this.decide(feedSubjects(events, before), events);
  }

  private async decide(subjects: ReturnType<typeof contractsSubjects>, events: EventEnvelope[]): Promise<void> {
    const cause = events[events.length - 1];
    if (cause && subjects.size > 0) await this.evaluator.evaluate(subjects, cause);
  }
}

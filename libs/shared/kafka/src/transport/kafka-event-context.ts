import { EventEnvelope } from '@aftersales/integration-events';
import { BaseRpcContext } from '@nestjs/microservices';
import { Delivery } from '../event-consumer';

type ContextArgs = [delivery: Delivery, group: string, events: EventEnvelope[]];

/**
 * What `@Ctx()` gives a Kafka handler: where its events were read (topic, partition, offsets),
 * the consumer group, and the envelopes' eventIds and correlation ids.
 */
export class KafkaEventContext extends BaseRpcContext<ContextArgs> {
  constructor(delivery: Delivery, group: string, events: EventEnvelope[]) {
    super([delivery, group, events]);
  }

  /** The physical topic (with the service's prefix). */
  getTopic(): string {
    return this.args[0].topic;
  }

  getPartition(): number {
    return this.args[0].partition;
  }

  /** One offset per event handed to the handler, in order. */
  getOffsets(): string[] {
    return this.args[0].offsets;
  }

  /** The physical consumer group id. */
  getGroup(): string {
    return this.args[1];
  }

  /** The first (for a single-event handler: the only) event's id. */
  getEventId(): string {
    return this.args[2][0]?.eventId ?? '';
  }

  getEventIds(): string[] {
    return this.args[2].map((event) => event.eventId);
  }

  /** The correlation id of the first event: what the logs of its handling carry. */
  getCorrelationId(): string {
    return this.args[2][0]?.metadata.correlationId ?? '';
  }
}

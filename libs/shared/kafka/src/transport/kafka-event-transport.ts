import { EventEnvelope } from '@aftersales/integration-events';
import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { finalize, isObservable, lastValueFrom, Observable, throwError } from 'rxjs';
import { Delivery, EventConsumer, EventConsumerOptions } from '../event-consumer';
import { KafkaEventContext } from './kafka-event-context';
import { parseKafkaRoute, ParsedKafkaRoute } from './kafka-route';

/** Who owns the consumers: the service's infrastructure (their topics, /health, the order of stopping). */
export interface EventConsumerHost {
  /** A consumer of the host's, not started yet. */
  consumer(options: Omit<EventConsumerOptions, 'logger'>): EventConsumer;
  /** Creates their topics and dead-letter topics in the background, then starts them. */
  startConsumers(consumers: EventConsumer[]): void;
}

/**
 * The Kafka transport of the services: a Nest custom transport strategy whose `@EventPattern`
 * handlers are each served by an EventConsumer of their own group. The consumer keeps every
 * guarantee (commit after the handler's writes, a processed eventId skipped, bounded retry then
 * `<topic>.dlq`, batches, graceful stop, self-recovery); this class only maps handlers to it.
 * Nest's ServerKafka cannot: it commits per message and knows no dead letters (see README).
 */
export class KafkaEventTransport extends Server implements CustomTransportStrategy {
  // The handler's own error reaches the consumer: a transient one fails the batch, any other is retried then dead-lettered.
  override propagatesEventHandlerErrors = true;
  private readonly consumers: EventConsumer[] = [];

  constructor(private readonly host: EventConsumerHost) {
    super();
  }

  /** Builds a consumer per handler (a bad pattern fails the start) and starts them in the background. */
  listen(callback: (error?: unknown) => void): void {
    try {
      const groups = new Set<string>();
      for (const [pattern, handler] of this.getHandlers()) {
        const route = parseKafkaRoute(pattern, handler.extras);
        if (groups.has(route.group) || handler.next) throw new Error(`@EventPattern(${pattern}): the group ${route.group} has two handlers (one handler per group)`);
        groups.add(route.group);
        this.consumers.push(this.serve(route, handler));
      }
      this.host.startConsumers(this.consumers);
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** The batch in hand finishes and its offsets are committed before each consumer leaves its group. */
  async close(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }

  on(): never {
    throw new Error('KafkaEventTransport has no events to listen to: /health reports each consumer group');
  }

  unwrap<T>(): T {
    return this.consumers as T;
  }

  private serve(route: ParsedKafkaRoute, handler: MessageHandler): EventConsumer {
    const call = (data: EventEnvelope | EventEnvelope[], events: EventEnvelope[], delivery: Delivery) =>
      this.invoke(handler, data, new KafkaEventContext(delivery, consumer.groupId, events));
    const consumer: EventConsumer = this.host.consumer({
      groupId: route.group,
      topics: [route.topic],
      maxAttempts: route.maxAttempts,
      // A batch handler always gets an array: an event retried alone is a one-element batch.
      handle: (event, delivery) => call(route.batch ? [event] : event, [event], delivery),
      handleBatch: route.batch ? (events, delivery) => call(events, events, delivery) : undefined,
    });
    return consumer;
  }

  /** As ServerKafka's handleEvent: the handler's result (a promise or a stream) is awaited, its failure thrown. */
  private async invoke(handler: MessageHandler, data: unknown, context: KafkaEventContext): Promise<void> {
    try {
      await this.runWithProcessingHooks(context, async (end) => {
        const result: unknown = await handler(data, context);
        if (isObservable(result)) await lastValueFrom(result.pipe(finalize(end)), { defaultValue: undefined });
        else end();
      });
    } catch (error) {
      // Nest's default RPC filter replaces an error with `{status, message}`: say so rather than lose it silently.
      if (error instanceof Error) throw error;
      throw new Error(`the handler failed with ${JSON.stringify(error)} (an exception filter replaced its error; rethrow it in RPC context)`);
    }
  }
}

/**
 * Hands a Kafka handler's error to the transport as it is: Nest's default RPC filter would
 * replace it with `{status, message}`, and the consumer could no longer tell an outage
 * (retry the batch) from a refusal (dead-letter). A service's global filter does the same in RPC context.
 */
@Catch()
export class KafkaHandlerErrors implements RpcExceptionFilter {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

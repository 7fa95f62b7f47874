import { EventEnvelope, TOPICS } from '@aftersales/integration-events';
import { Controller, Module, Type, UseFilters } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Delivery, EventConsumer, EventConsumerOptions } from '../event-consumer';
import { KafkaEventContext } from './kafka-event-context';
import { EventConsumerHost, KafkaEventTransport, KafkaHandlerErrors } from './kafka-event-transport';

/** Records the consumers the transport asks for; nothing touches Kafka. */
class RecordingHost implements EventConsumerHost {
  readonly options: Omit<EventConsumerOptions, 'logger'>[] = [];
  readonly started: EventConsumer[][] = [];
  consumer(options: Omit<EventConsumerOptions, 'logger'>): EventConsumer {
    this.options.push(options);
    return { groupId: `prefix.${options.groupId}`, topics: options.topics, stop: async () => undefined } as unknown as EventConsumer;
  }
  startConsumers(consumers: EventConsumer[]): void {
    this.started.push(consumers);
  }
}

const event = (eventId: string): EventEnvelope => ({
  eventId, type: 'contracts.DealerRegistered', schemaVersion: 1, streamType: 'dealer', streamId: `dealer-${eventId}`, version: 1, dealerCode: 'D0001',
  occurredAt: '2026-07-15T02:00:00.000Z', recordedAt: '2026-07-15T02:00:01.000Z', metadata: { correlationId: `c-${eventId}`, causationId: null, actor: 'x' }, data: {},
});
const delivery = (...offsets: string[]): Delivery => ({ topic: 'prefix.contracts.events.v1', partition: 2, offsets });

async function listen(controller: Type) {
  @Module({ controllers: [controller] })
  class ProbeModule {}
  const host = new RecordingHost();
  const app = await NestFactory.createMicroservice(ProbeModule, { strategy: new KafkaEventTransport(host), logger: false });
  const listening = app.listen();
  return { app, host, listening };
}

describe('KafkaEventTransport: @EventPattern handlers become consumers', () => {
  const seen: { data: unknown; topic: string; partition: number; offsets: string[]; group: string; eventIds: string[]; correlationId: string }[] = [];

  @Controller()
  @UseFilters(KafkaHandlerErrors)
  class Handlers {
    @EventPattern({ topic: TOPICS.contracts, group: 'probe.single' }, { maxAttempts: 2 })
    async single(@Payload() data: EventEnvelope, @Ctx() ctx: KafkaEventContext) {
      seen.push({ data, topic: ctx.getTopic(), partition: ctx.getPartition(), offsets: ctx.getOffsets(), group: ctx.getGroup(),
        eventIds: ctx.getEventIds(), correlationId: ctx.getCorrelationId() });
      if (data.eventId === 'refused') throw new RangeError('the fund refuses it');
    }

    @EventPattern({ topic: TOPICS.settlements, group: 'probe.batch' }, { batch: true })
    async batch(@Payload() data: EventEnvelope[]) {
      seen.push({ data, topic: '', partition: 0, offsets: [], group: '', eventIds: [], correlationId: '' });
    }
  }

  it('asks the host for one consumer per handler, in its group, and starts them', async () => {
    const { app, host, listening } = await listen(Handlers);
    await listening;
    expect(host.options.map(({ groupId, topics, maxAttempts, handleBatch }) => ({ groupId, topics, maxAttempts, batch: !!handleBatch }))).toEqual([
      { groupId: 'probe.single', topics: [TOPICS.contracts], maxAttempts: 2, batch: false },
      { groupId: 'probe.batch', topics: [TOPICS.settlements], maxAttempts: undefined, batch: true },
    ]);
    expect(host.started.map((consumers) => consumers.map((c) => c.groupId))).toEqual([['prefix.probe.single', 'prefix.probe.batch']]);
    await app.close();
  });

  it('calls a handler with the event and its context, and hands its own error to the consumer', async () => {
    const { app, host, listening } = await listen(Handlers);
    await listening;
    seen.length = 0;
    const [single, batch] = host.options;
    await single.handle(event('e1'), delivery('41'));
    await expect(single.handle(event('refused'), delivery('42'))).rejects.toThrow(new RangeError('the fund refuses it'));
    expect(seen[0]).toEqual({ data: event('e1'), topic: 'prefix.contracts.events.v1', partition: 2, offsets: ['41'], group: 'prefix.probe.single',
      eventIds: ['e1'], correlationId: 'c-e1' });

    seen.length = 0;
    await batch.handleBatch?.([event('b1'), event('b2')], delivery('7', '8'));
    await batch.handle(event('b3'), delivery('9')); // an event retried alone is a one-element batch
    expect(seen.map((s) => s.data)).toEqual([[event('b1'), event('b2')], [event('b3')]]);
    await app.close();
  });

  it.each([
    ['a pattern without a group', (() => {
      @Controller() class NoGroup { @EventPattern({ topic: TOPICS.contracts }) handle() { return undefined; } }
      return NoGroup;
    })(), /@EventPattern\(\{"topic":"contracts\.events\.v1"\}\): the consumer group is missing/],
    ['an unknown topic', (() => {
      @Controller() class Unknown { @EventPattern({ topic: 'contract.events.v1', group: 'g' }) handle() { return undefined; } }
      return Unknown;
    })(), /"contract\.events\.v1" is not one of TOPICS/],
    ['two handlers in one group', (() => {
      @Controller() class Twice {
        @EventPattern({ topic: TOPICS.contracts, group: 'g' }) one() { return undefined; }
        @EventPattern({ topic: TOPICS.settlements, group: 'g' }) two() { return undefined; }
      }
      return Twice;
    })(), /the group g has two handlers/],
  ])('refuses to start with %s, and starts no consumer', async (_case, controller, message) => {
    const { app, host, listening } = await listen(controller);
    await expect(listening).rejects.toThrow(message);
    expect(host.started).toEqual([]);
    await app.close();
  });
});

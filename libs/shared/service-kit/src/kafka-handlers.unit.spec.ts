import { EventEnvelope, TOPICS } from '@aftersales/integration-events';
import { EventConsumer, EventConsumerOptions } from '@aftersales/kafka';
import { Controller, DynamicModule, INestApplication, Module } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ServiceInfrastructure } from './infrastructure';
import { ServiceMetrics } from './service-metrics';
import { JsonLogger } from './json-logger';
import { createServiceApp } from './service-app';

/** Stands in for the infrastructure: records the consumers the transport asks for, touches no server. */
class RecordingInfrastructure {
  readonly options: Omit<EventConsumerOptions, 'logger'>[] = [];
  /** createServiceApp times each HTTP request with it. */
  readonly metrics = new ServiceMetrics('probe');
  consumer(options: Omit<EventConsumerOptions, 'logger'>): EventConsumer {
    this.options.push(options);
    return { groupId: options.groupId, topics: options.topics, stop: async () => undefined } as unknown as EventConsumer;
  }
  startConsumers(): void {
    // Nothing to start: the test calls the handlers the transport gave each consumer.
  }
}

const outage = Object.assign(new Error('connection refused'), { name: 'MongoNetworkError' });

@Controller()
class Failing {
  @EventPattern({ topic: TOPICS.settlements, group: 'probe.failing' })
  async handle(@Payload() _event: EventEnvelope): Promise<void> {
    throw outage;
  }
}

@Module({})
class ProbeModule {
  static register(infra: RecordingInfrastructure): DynamicModule {
    return { module: ProbeModule, controllers: [Failing], providers: [{ provide: ServiceInfrastructure, useValue: infra }] };
  }
}

describe('a service app serves @EventPattern handlers with its own pipes and filters', () => {
  let app: INestApplication;
  afterEach(() => app?.close());

  it('hands a handler\'s own error to the consumer (the problem filter answers HTTP only), so an outage is told from a refusal', async () => {
    const infra = new RecordingInfrastructure();
    app = await createServiceApp(ProbeModule.register(infra), { title: 'probe', description: 'probe', logger: new JsonLogger('probe', 'fatal') });
    await app.init();
    await app.startAllMicroservices();
    const [failing] = infra.options;
    const event = { eventId: 'e1', metadata: { correlationId: 'c1' } } as EventEnvelope;
    await expect(failing.handle(event, { topic: 't', partition: 0, offsets: ['0'] })).rejects.toBe(outage);
  });
});

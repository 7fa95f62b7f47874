import { Producer, ProducerRecord, RecordMetadata } from 'kafkajs';

/**
 * An idempotent kafkajs producer that is replaced after any failed send. kafkajs gives up on a
 * send after its retries, and an idempotent producer that lost track of its sequence numbers
 * (a broker restart: "out of order sequence number", UNKNOWN_PRODUCER_ID) fails every send
 * after that; a new producer gets a new producer id and starts clean. The caller retries the
 * same messages (with back-off): a copy may land twice, and consumers skip an eventId they
 * have processed. Sends are made one at a time (the relay's loop, a consumer's batch).
 */
export class RecreatingProducer {
  private producer?: Producer;
  private connecting?: Promise<void>;
  /** Producers created so far (a new one after each failure). */
  created = 0;

  constructor(private readonly create: () => Producer) {}

  async send(record: ProducerRecord): Promise<RecordMetadata[]> {
    const producer = await this.connected();
    try {
      return await producer.send(record);
    } catch (error) {
      this.discard(producer);
      throw error;
    }
  }

  /** Connects the current producer (creating one if needed). */
  async connected(): Promise<Producer> {
    if (!this.producer) {
      this.producer = this.create();
      this.created++;
      const producer = this.producer;
      this.connecting = producer.connect();
    }
    const producer = this.producer;
    try {
      await this.connecting;
      return producer;
    } catch (error) {
      this.discard(producer);
      throw error;
    }
  }

  /** The producer in use, if any (tests disconnect it under the publisher's feet). */
  get current(): Producer | undefined {
    return this.producer;
  }

  /** Drops the current producer; the next send creates a new one. */
  reset(): void {
    if (this.producer) this.discard(this.producer);
  }

  async disconnect(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    this.connecting = undefined;
    if (producer) await producer.disconnect().catch(() => undefined);
  }

  private discard(producer: Producer): void {
    if (this.producer !== producer) return;
    this.producer = undefined;
    this.connecting = undefined;
    // In the background: a broken producer's disconnect may wait on a dead broker.
    void producer.disconnect().catch(() => undefined);
  }
}

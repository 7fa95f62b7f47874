// Test support for the SUBMISSIONS area's specs (outside src/: production code may not import it).
import { EventEnvelope, TOPICS } from '@aftersales/integration-events';
import { createKafka, physicalTopic } from '@aftersales/kafka';
import { ServiceUnderTest } from '@aftersales/service-kit';
import { eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { FeedNetwork } from '../src/network/feed-network.port';
import { agreementSigned, dealerRegistered, publish, Published } from './network-events';

/** A dealer dealer-feeds knows (through contracts.events.v1 on Kafka), its 2026 agreement (feeds due on the 10th) and technician T-0042's certificate. */
export async function knownDealer(ctx: TestContext, svc: ServiceUnderTest, dealerCode: string, timeZone = 'Asia/Shanghai'): Promise<void> {
  const certificate: Published = {
    streamType: 'organisation', streamId: `organisation-${dealerCode}`, dealerCode, type: 'contracts.CertificateIssued',
    data: { dealerCode, certificateNo: 'T-0042', technicianId: 'T-0042', issuedOn: '2020-01-01', expiresOn: '2030-12-31' },
  };
  await publish(ctx, svc.infra, TOPICS.contracts, [dealerRegistered(dealerCode, timeZone), agreementSigned(dealerCode, 1, '2026-01-01', '2026-12-31', 10), certificate]);
  const network = svc.app.get(FeedNetwork);
  await eventually(async () => (await network.deadlineOf(dealerCode, '2026-09')) && (await (await network.lookupsFor(dealerCode)).technicianStatus?.('T-0042', '2026-09-03')), (s) => s === 'certified');
}

export const REPAIRS_HEADER = 'record_no,serial_no,model,reported_at,resolved_at,fault_level,fault_code,technician_id,description';

/** A repairs CSV of a month (September 2026 unless told): one line per record number, `fault` its fault level, `text` its description. */
export function repairsCsv(rows: { no: string; fault?: number; text?: string }[], period = '2026-09'): Buffer {
  const lines = rows.map(({ no, fault = 2, text = '' }) => `${no},SN-${no},LX-300,${period}-03 09:15,${period}-03 15:00,${fault},E-101,T-0042,${text}`);
  return Buffer.from(`${[REPAIRS_HEADER, ...lines].join('\r\n')}\r\n`);
}

export function upload(svc: ServiceUnderTest, dealerCode: string, query: string, file: Buffer, fileName = 'repairs.csv') {
  return request(svc.http).post(`/dealers/${dealerCode}/feed-submissions?${query}`).attach('file', file, fileName);
}

/** Every event of the service's own topic, read from Kafka from the start (what consumers get). */
export class FeedsTopic {
  readonly events: EventEnvelope[] = [];
  private constructor(private readonly stop: () => Promise<void>) {}

  static async read(svc: ServiceUnderTest, group: string): Promise<FeedsTopic> {
    const settings = svc.infra.kafkaSettings;
    const consumer = createKafka(settings).consumer({ groupId: `${settings.topicPrefix ?? ''}${group}`, maxBytes: 16 * 1024 * 1024 });
    const topic = new FeedsTopic(() => consumer.disconnect());
    await consumer.connect();
    await consumer.subscribe({ topic: physicalTopic(settings, TOPICS.feeds), fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => { topic.events.push(JSON.parse(message.value?.toString('utf8') ?? '{}') as EventEnvelope); } });
    return topic;
  }

  of(submissionId: string): EventEnvelope[] {
    return this.events.filter((e) => (e.data as { submissionId?: string }).submissionId === submissionId);
  }

  /** Waits until the submission's events are all on Kafka: its SubmissionAccepted and its `chunks` FeedRowsChanged. */
  async whole(submissionId: string): Promise<EventEnvelope[]> {
    return eventually(async () => this.of(submissionId), (events) => {
      const accepted = events.find((e) => e.type === 'feeds.SubmissionAccepted');
      return !!accepted && events.filter((e) => e.type === 'feeds.FeedRowsChanged').length >= (accepted.data as { chunks: number }).chunks;
    });
  }

  close = () => this.stop();
}

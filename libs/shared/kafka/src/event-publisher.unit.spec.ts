import { EventEnvelope, RE_RATED_PAYMENTS_PER_EVENT } from '@aftersales/integration-events';
import { chunkBySize, DEFAULT_MAX_BATCH_BYTES, EventTooLargeError, toMessage } from './event-publisher';

const envelope = (version: number, dataBytes: number, dealerCode = 'D0001'): EventEnvelope => ({
  eventId: `event-${version}`, type: 'settlements.FundReRated', schemaVersion: 1, streamType: 'funds', streamId: `fund-${dealerCode}`,
  version, dealerCode, occurredAt: '2026-07-15T02:00:00.000Z', recordedAt: '2026-07-15T02:00:01.000Z',
  data: { payments: 'x'.repeat(dataBytes) }, metadata: { correlationId: 'c-1', causationId: null, actor: 'finance' },
});
const bytesOf = (messages: { value: unknown }[]) => messages.reduce((sum, m) => sum + Buffer.byteLength(String(m.value)), 0);

describe('chunkBySize', () => {
  it('sends a small batch in one chunk, as the messages toMessage builds', () => {
    const envelopes = [envelope(1, 100), envelope(2, 100, 'D0002')];
    expect(chunkBySize(envelopes, 900_000)).toEqual([envelopes.map(toMessage)]);
  });

  it('cuts a large batch into consecutive chunks under the limit, keeping the order', () => {
    const envelopes = Array.from({ length: 100 }, (_, i) => envelope(i + 1, 50_000));
    const chunks = chunkBySize(envelopes, 900_000);
    expect(chunks.length).toBeGreaterThanOrEqual(6);
    for (const chunk of chunks) expect(bytesOf(chunk)).toBeLessThan(900_000);
    expect(chunks.flat().map((m) => JSON.parse(String(m.value)).version)).toEqual(envelopes.map((e) => e.version));
  });

  it('counts bytes, not characters: multi-byte text fills a chunk sooner', () => {
    const wide = Array.from({ length: 4 }, (_, i) => ({ ...envelope(i + 1, 0), data: { note: '结算'.repeat(50_000) } }));
    const chunks = chunkBySize(wide, 900_000); // 300 KB of UTF-8 each, 100 K characters
    expect(chunks.map((c) => c.length)).toEqual([2, 2]);
  });

  it('takes an event just under the limit alone', () => {
    const chunks = chunkBySize([envelope(1, 10), envelope(2, 899_000), envelope(3, 10)], 900_000);
    expect(chunks.map((c) => c.length)).toEqual([1, 1, 1]);
  });

  it('refuses, naming it, an event over the limit on its own', () => {
    const call = () => chunkBySize([envelope(1, 10), envelope(2, 1_000_000)], 900_000);
    expect(call).toThrow(EventTooLargeError);
    expect(call).toThrow(/^event event-2 \(settlements\.FundReRated, 1,000,\d{3} bytes\) is over the limit of 900,000 bytes/);
  });

  it('fits the largest settlements.FundReRated the schema allows in one send with the default limit', () => {
    const rating = { agreementVersion: 999, fundModel: 'revenue-share', fundRateBp: 10_000 };
    const largest = {
      ...envelope(1, 0),
      data: {
        dealerCode: 'D0001', quarter: '2026Q3', paymentsFen: Number.MAX_SAFE_INTEGER, accrualFen: Number.MAX_SAFE_INTEGER, accrualDeltaFen: 0,
        // FundReRatedV1: up to 1,000 agreement versions, RE_RATED_PAYMENTS_PER_EVENT payments of ids up to 100 characters.
        agreementVersions: Array.from({ length: 1_000 }, (_, v) => ({ agreementVersion: v + 1, validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 10_000 })),
        payments: Array.from({ length: RE_RATED_PAYMENTS_PER_EVENT }, (_, i) => ({
          paymentId: String(i).padStart(100, 'p'), paymentFen: Number.MAX_SAFE_INTEGER, receivedOn: '2026-07-01', from: rating, to: rating,
        })),
      },
    };
    const [chunk] = chunkBySize([largest], DEFAULT_MAX_BATCH_BYTES);
    expect(bytesOf(chunk)).toBeLessThan(DEFAULT_MAX_BATCH_BYTES / 2);
  });
});

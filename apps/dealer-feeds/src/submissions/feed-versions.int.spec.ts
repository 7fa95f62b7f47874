import { AcceptVersion, RecordChunks } from '@aftersales/dealer-feeds-domain';
import { ServiceUnderTest, commandContext, JsonLogger, ServiceConfig, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { FeedsTopic, knownDealer, REPAIRS_HEADER, repairsCsv, upload } from '../../testing/feed-uploads';
import { DealerFeedsModule } from '../dealer-feeds.module';
import { chunkId, FeedArchive } from './feed-archive';
import { segmentEntries } from './index-segment';
import { FeedClock } from './feed-clock';
import { FeedStreams } from './feed-streams';
import { StagedVersion } from './staged-version';
import { UnfinishedVersions } from './unfinished-versions';
import { ABANDONED_AFTER_MS, AbandonedStaging } from './abandoned-staging';

const DEALER = 'D0903';
const clock = { at: new Date('2026-10-10T15:59:59Z'), now() { return this.at; } };
const register = (config: ServiceConfig, logger: JsonLogger) => {
  const module = DealerFeedsModule.register(config, logger);
  return { ...module, providers: [...(module.providers ?? []), { provide: FeedClock, useValue: clock }] };
};
const lines = (header: string, rows: string[]) => Buffer.from(`${[header, ...rows].join('\r\n')}\r\n`);
type Changed = { chunk: number; chunks: number; changes: { key: string }[] };

async function workbook(sheets: Record<string, string[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('feed versions: every kind into events, the chunk bounds, late on the dealer\'s calendar, progress, a crash between appends', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let topic: FeedsTopic;

  beforeAll(async () => {
    ctx = await createTestContext('feedversions');
    svc = await startService(ctx, 'dealer-feeds', register);
    await knownDealer(ctx, svc, DEALER);
    topic = await FeedsTopic.read(svc, 'versions-spec');
  }, 120_000);
  afterAll(async () => {
    await topic?.close();
    await svc?.close();
    await ctx?.dispose();
  }, 120_000); // the relay drains the versions' events first

  it('takes each kind (CSV, JSON Lines, a workbook of repairs and the parts of those repairs) and publishes its rows', async () => {
    const files: [string, Buffer, string][] = [
      ['kind=sales', lines('serial_no,model,sale_date', ['SN-1,LX-300,2026-09-02']), 's.csv'],
      ['kind=warranty-cards', lines('card_no,serial_no,model,sale_date,customer_name', ['WC-1,SN-1,LX-300,2026-09-02,王小明']), 'w.csv'],
      ['kind=satisfaction', lines('survey_no,surveyed_at,attitude,quality,resolution', ['S-1,2026-09-10,5,4,5']), 'q.csv'],
      ['kind=opinions', Buffer.from('{"opinion_no":"O-1","received_at":"2026-09-12","category":"praise","text":"很好"}\n'), 'o.jsonl'],
      ['', await workbook({ repairs: [REPAIRS_HEADER.split(','), ['R-7', 'SN-7', 'LX-300', '2026-09-03 09:15', '2026-09-03 15:00', '2', 'E-1', 'T-0042', '']],
        parts: [['record_no', 'part_no', 'qty'], ['R-7', 'P-1', '2']] }), 'book.xlsx'],
    ];
    const kinds: string[] = [];
    for (const [query, file, name] of files) {
      const res = await upload(svc, DEALER, `period=2026-09&${query}`, file, name);
      expect([name, res.status]).toEqual([name, 201]);
      for (const s of res.body.submissions) {
        kinds.push(s.kind);
        const changed = (await topic.whole(s.submissionId)).filter((e) => e.type === 'feeds.FeedRowsChanged').map((e) => e.data as Changed);
        expect(changed.flatMap((c) => c.changes).length).toBe(1);
      }
    }
    expect(kinds.sort()).toEqual(['opinions', 'parts', 'repairs', 'sales', 'satisfaction', 'warranty-cards']);
  });

  it('lists a rejected workbook of two kinds under each of them, as each feed\'s rejected attempt', async () => {
    const book = await workbook({ repairs: [REPAIRS_HEADER.split(','), ['R-8', 'SN-8', 'LX-300', '2026-07-03 09:15', '2026-07-03 15:00', '7', 'E-1', 'T-0042', '']],
      parts: [['record_no', 'part_no', 'qty'], ['R-8', 'P-1', '2']] });
    const res = await upload(svc, DEALER, 'period=2026-07', book, 'july.xlsx');
    expect(res.status).toBe(422);
    for (const kind of ['repairs', 'parts']) {
      const listed = await request(svc.http).get(`/dealers/${DEALER}/feed-submissions?period=2026-07&kind=${kind}`);
      expect([kind, listed.body.items]).toEqual([kind, [expect.objectContaining({ submissionId: res.body.submissionId, status: 'rejected', kind: 'repairs', kinds: ['repairs', 'parts'] })]]);
    }
    const detail = await request(svc.http).get(`/dealers/${DEALER}/feed-submissions/${res.body.submissionId}`);
    expect(detail.body.versions.map((v: { submissionId: string }) => v.submissionId)).toEqual([res.body.submissionId]);
  });

  it('cuts a version\'s difference into chunks of at most 500 rows and about 256 KiB, numbered 1..chunks', async () => {
    const many = await upload(svc, DEALER, 'period=2026-08&kind=repairs', repairsCsv(Array.from({ length: 1201 }, (_, i) => ({ no: `M-${i}` })), '2026-08'));
    expect(many.status).toBe(201);
    const counts = (await topic.whole(many.body.submissions[0].submissionId)).filter((e) => e.type === 'feeds.FeedRowsChanged').map((e) => e.data as Changed);
    expect(counts.map((c) => [c.chunk, c.chunks, c.changes.length])).toEqual([[1, 3, 500], [2, 3, 500], [3, 3, 201]]);
    const wide = await upload(svc, DEALER, 'period=2026-07&kind=repairs', repairsCsv(Array.from({ length: 400 }, (_, i) => ({ no: `W-${i}`, text: '說明'.repeat(900) })), '2026-07'));
    expect(wide.status).toBe(201);
    const chunks = (await topic.whole(wide.body.submissions[0].submissionId)).filter((e) => e.type === 'feeds.FeedRowsChanged').map((e) => e.data as Changed);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(Buffer.byteLength(JSON.stringify(chunk.changes))).toBeLessThanOrEqual(256 * 1024);
    expect(chunks.reduce((n, c) => n + c.changes.length, 0)).toBe(400);
  });

  it('marks late a file received after the due date on the dealer\'s calendar (Asia/Shanghai, UTC+8)', async () => {
    clock.at = new Date('2026-10-10T15:59:59Z'); // 23:59:59 on the 10th in Shanghai: on time
    const onTime = await upload(svc, DEALER, 'period=2026-09&kind=repairs', repairsCsv([{ no: 'L-1' }]));
    expect(onTime.body.submissions[0]).toMatchObject({ late: false, dueDate: '2026-10-10' });
    clock.at = new Date('2026-10-10T16:00:00Z'); // 00:00 on the 11th in Shanghai, still the 10th in UTC: late
    const late = await upload(svc, DEALER, 'period=2026-09&kind=repairs', repairsCsv([{ no: 'L-1' }, { no: 'L-2' }]));
    expect(late.body.submissions[0]).toMatchObject({ late: true, version: 3 });
  });

  it('shows an upload\'s progress while a large file is read', async () => {
    const big = repairsCsv(Array.from({ length: 12_000 }, (_, i) => ({ no: `B-${i}` })), '2026-06');
    const answer = upload(svc, DEALER, 'period=2026-06&kind=repairs&uploadId=big', big).then((r) => r);
    const seen = await eventually(() => request(svc.http).get(`/dealers/${DEALER}/feed-uploads/big`), (r) => r.status === 200 && r.body.phase === 'reading' && r.body.rowsRead > 0, 240_000);
    expect(seen.body).toMatchObject({ bytesReceived: big.length });
    expect((await answer).status).toBe(201);
    expect((await request(svc.http).get(`/dealers/${DEALER}/feed-uploads/big`)).body).toMatchObject({ phase: 'done', rowsRead: 12_000, rowsTotal: 12_000 });
  }, 300_000);

  it('completes at start a version a crash left between its appends: every chunk once, the rows the version\'s', async () => {
    const archive = svc.app.get(FeedArchive);
    const streams = svc.app.get(FeedStreams);
    const feed = { dealerCode: DEALER, period: '2026-05', kind: 'repairs' as const };
    const staged = new StagedVersion(archive, '0192f0c4-5e7a-7cc1-9a1e-000000000001', 'repairs', `${DEALER}|2026-05|repairs`, 0);
    for (let i = 0; i < 1100; i++) await staged.add({ record_no: `C-${i}`, serial_no: 'SN', model: 'LX-300', reported_at: new Date('2026-05-03T01:00:00Z'), resolved_at: new Date('2026-05-03T02:00:00Z'), fault_level: 1, fault_code: 'E', technician_id: 'T-0042' });
    await staged.finish();
    const record = { _id: staged.submissionId, uploadId: 'crash', ...feed, status: 'accepted' as const, phase: 'applying' as const, feed: staged.feed, baseVersion: 0, late: false,
      dueDate: '2026-06-10', receivedAt: '2026-06-01T00:00:00.000Z', fileName: 'crash.csv', uploadedBy: 'spec', contentHash: 'c'.repeat(64), format: 'csv' as const,
      ...staged.counts, errors: 0, warnings: 0, chunkEnds: staged.chunkEnds, changeCount: staged.changeCount, indexSegments: staged.indexSegments };
    await archive.submissions.insertOne(record);
    const ref = { ...feed, submissionId: record._id };
    const { rows, recorded, corrected, withdrawn } = staged.counts;
    const accepted = await streams.decide(feed, new AcceptVersion({ ...ref, contentHash: record.contentHash, fileName: 'crash.csv', format: 'csv', receivedAt: record.receivedAt, late: false, dueDate: record.dueDate, rows, recorded, corrected, withdrawn, warnings: 0, chunks: 3 }, 0), commandContext());
    const first = (await archive.readChunks([chunkId(record._id, 1)]))[0]?.changes.map((c) => ({ change: c.change, key: c.key, row: c.row })) ?? [];
    await streams.decide(feed, new RecordChunks(ref, 1, [{ chunk: 1, changes: first }]), commandContext(), accepted); // ... and then the crash
    expect(await svc.app.get(UnfinishedVersions).completeAll()).toBe(1);
    const events = await topic.whole(record._id);
    expect(events.filter((e) => e.type === 'feeds.FeedRowsChanged').map((e) => (e.data as Changed).chunk)).toEqual([1, 2, 3]);
    const index = await archive.index.find({ s: record._id }).toArray();
    expect(index.reduce((rows, segment) => rows + segmentEntries(segment).keys.length, 0)).toBe(1100);
    expect((await archive.submissions.findOne({ _id: record._id }))?.phase).toBe('done');
    expect(await svc.app.get(UnfinishedVersions).completeAll()).toBe(0);
  }, 180_000);
  it('removes what an abandoned upload staged (a crash before its record) once untouched for 30 minutes, and nothing of a live or recorded one', async () => {
    const archive = svc.app.get(FeedArchive);
    const stage = async (id: string) => {
      const staged = new StagedVersion(archive, id, 'repairs', `${DEALER}|2026-04|repairs`, 0);
      for (let i = 0; i < 600; i++) await staged.add({ record_no: `A-${i}`, serial_no: 'SN', model: 'LX-300', reported_at: new Date('2026-04-03T01:00:00Z'), resolved_at: new Date('2026-04-03T02:00:00Z'), fault_level: 1, fault_code: 'E', technician_id: 'T-0042' });
      await staged.finish();
    };
    const [abandoned, live, owned] = ['0192f0c4-5e7a-7cc1-9a1e-00000000a001', '0192f0c4-5e7a-7cc1-9a1e-00000000a002', '0192f0c4-5e7a-7cc1-9a1e-00000000a003'];
    for (const id of [abandoned, live, owned]) await stage(id);
    await archive.submissions.insertOne({ _id: owned, dealerCode: DEALER, period: '2026-04', kind: 'repairs', status: 'accepted', phase: 'applying' } as never);
    const now = Date.now();
    await archive.staging.updateMany({ _id: { $in: [abandoned, owned] } }, { $set: { touchedAt: new Date(now - ABANDONED_AFTER_MS - 1000) } });
    const left = async (id: string) => [await archive.chunks.countDocuments({ s: id }), await archive.index.countDocuments({ s: id }), await archive.staging.countDocuments({ _id: id })];
    expect(await left(abandoned)).toEqual([2, 1, 1]);

    expect(await svc.app.get(AbandonedStaging).sweep(now)).toBe(1);
    expect(await left(abandoned)).toEqual([0, 0, 0]);
    expect(await left(live)).toEqual([2, 1, 1]);
    expect(await left(owned)).toEqual([2, 1, 0]); // its record owns it: UnfinishedVersions decides
    expect(await svc.app.get(AbandonedStaging).sweep(now)).toBe(0);
    await archive.discardStaged([live, owned]);
    await archive.submissions.deleteOne({ _id: owned });
  }, 120_000);
});

import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { FeedsTopic, knownDealer, repairsCsv, upload } from '../../../testing/feed-uploads';
import { DealerFeedsModule } from '../../dealer-feeds.module';

const DEALER = 'D0901';
const data = <T>(events: { type: string; data: unknown }[], type: string) => events.filter((e) => e.type === `feeds.${type}`).map((e) => e.data as T);

describe('a dealer submits its monthly repairs feed through POST /dealers/{dealerCode}/feed-submissions (real Kafka and database)', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let topic: FeedsTopic;

  beforeAll(async () => {
    ctx = await createTestContext('feedsubmit');
    svc = await startService(ctx, 'dealer-feeds', DealerFeedsModule.register);
    await knownDealer(ctx, svc, DEALER);
    topic = await FeedsTopic.read(svc, 'submit-spec');
  }, 120_000);
  afterAll(async () => {
    await topic?.close();
    await svc?.close();
    await ctx?.dispose();
  });

  let first = '';

  it('accepts a valid file as version 1 and publishes every row, in the published form, in its chunks', async () => {
    const res = await upload(svc, DEALER, 'period=2026-09&kind=repairs&uploadId=first', repairsCsv([{ no: 'R-1' }, { no: 'R-2' }, { no: 'R-3' }]));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ uploadId: 'first', status: 'accepted', warnings: [] });
    const [submission] = res.body.submissions;
    expect(submission).toMatchObject({ dealerCode: DEALER, period: '2026-09', kind: 'repairs', version: 1, rows: 3, recorded: 3, corrected: 0, withdrawn: 0, dueDate: '2026-10-10', fileName: 'repairs.csv' });
    expect(res.headers.location).toBe(`/dealers/${DEALER}/feed-submissions/${submission.submissionId}`);
    first = submission.submissionId;
    const events = await topic.whole(first);
    expect(data(events, 'SubmissionAccepted')).toEqual([expect.objectContaining({ version: 1, rows: 3, recorded: 3, chunks: 1, format: 'csv', late: true })]);
    const [chunk] = data<{ chunk: number; chunks: number; changes: object[] }>(events, 'FeedRowsChanged');
    expect(chunk).toMatchObject({ chunk: 1, chunks: 1 });
    expect(chunk.changes[0]).toEqual({
      change: 'recorded', key: 'R-1',
      row: { record_no: 'R-1', serial_no: 'SN-R-1', model: 'LX-300', reported_at: '2026-09-03T01:15:00.000Z', resolved_at: '2026-09-03T07:00:00.000Z', fault_level: 2, fault_code: 'E-101', technician_id: 'T-0042' },
    });
  });

  it('answers the same bytes again with the first result and emits nothing', async () => {
    const submissionEvents = () => topic.events.filter((e) => /Submission|FeedRows/.test(e.type)).length;
    const before = submissionEvents();
    const res = await upload(svc, DEALER, 'period=2026-09&kind=repairs', repairsCsv([{ no: 'R-1' }, { no: 'R-2' }, { no: 'R-3' }]));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'accepted', repeated: true, uploadId: 'first', submissions: [expect.objectContaining({ submissionId: first, version: 1 })] });
    await new Promise((r) => setTimeout(r, 500));
    expect(submissionEvents()).toBe(before);
  });

  it('makes a corrected file version 2 and emits only its difference: recorded, corrected, withdrawn', async () => {
    const res = await upload(svc, DEALER, 'period=2026-09&kind=repairs', repairsCsv([{ no: 'R-1' }, { no: 'R-2', fault: 4 }, { no: 'R-4' }]));
    expect(res.status).toBe(201);
    const [submission] = res.body.submissions;
    expect(submission).toMatchObject({ version: 2, rows: 3, recorded: 1, corrected: 1, withdrawn: 1 });
    const changes = data<{ changes: { change: string; key: string; row?: { fault_level?: number } }[] }>(await topic.whole(submission.submissionId), 'FeedRowsChanged').flatMap((e) => e.changes);
    expect(changes.map((c) => [c.change, c.key])).toEqual([['corrected', 'R-2'], ['recorded', 'R-4'], ['withdrawn', 'R-3']]);
    expect(changes[0].row?.fault_level).toBe(4);
    const rows = await request(svc.http).get(`/dealers/${DEALER}/feed-submissions/${submission.submissionId}/rows?change=corrected`);
    expect(rows.body).toEqual({ total: 1, items: [expect.objectContaining({ key: 'R-2', change: 'corrected', row: expect.objectContaining({ fault_level: 4 }), previous: expect.objectContaining({ fault_level: 2 }) })] });
    const all = await request(svc.http).get(`/dealers/${DEALER}/feed-submissions/${submission.submissionId}/rows?change=all`);
    expect(all.body.items.map((r: { key: string }) => r.key)).toEqual(['R-1', 'R-2', 'R-4']);
    const detail = await request(svc.http).get(`/dealers/${DEALER}/feed-submissions/${submission.submissionId}`);
    expect(detail.body.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[1, 'accepted'], [2, 'accepted']]);
    // a superseded version keeps its whole rows too
    const before = await request(svc.http).get(`/dealers/${DEALER}/feed-submissions/${first}/rows?change=all`).expect(200);
    expect(before.body.items.map((r: { key: string; row: { fault_level?: number } }) => [r.key, r.row.fault_level])).toEqual([['R-1', 2], ['R-2', 2], ['R-3', 2]]);
  });

  it('takes two corrected files sent at once for the same feed as one version; the other is refused 409, and nothing of it stays', async () => {
    const rows = (n: number, fault: number) => Array.from({ length: n }, (_, i) => ({ no: `C-${i}`, fault: i % 7 === 0 ? fault : 2 }));
    expect((await upload(svc, DEALER, 'period=2026-08&kind=repairs', repairsCsv(rows(600, 1), '2026-08'))).status).toBe(201);
    // Both read while version 1 is current: the first to finish becomes version 2, the other meets it.
    const answers = await Promise.all([3, 4].map((fault) => upload(svc, DEALER, 'period=2026-08&kind=repairs', repairsCsv(rows(600, fault), '2026-08'))));
    const statuses = answers.map((a) => a.status).sort();
    expect([[201, 409], [201, 201]]).toContainEqual(statuses);
    const versions = answers.filter((a) => a.status === 201).map((a) => a.body.submissions[0].version).sort();
    expect(versions).toEqual(statuses[1] === 201 ? [2, 3] : [2]);
    for (const refused of answers.filter((a) => a.status === 409)) expect(JSON.stringify(refused.body)).toMatch(/send it again|still being recorded/);

    const submissions = svc.infra.db.collection<{ _id: string; phase: string }>('feed_submissions');
    expect(await submissions.countDocuments({ dealerCode: DEALER, period: '2026-08', phase: 'applying' })).toBe(0);
    const kept = new Set((await submissions.find({}, { projection: { _id: 1 } }).toArray()).map((r) => r._id));
    const stagedOf = await svc.infra.db.collection('feed_version_chunks').distinct('s');
    expect(stagedOf.filter((s: string) => !kept.has(s))).toEqual([]);
  });

  it('rejects a file with any error whole: every problem in the caller\'s language, nothing applied, the error report kept', async () => {
    const bad = Buffer.from('維修單號,序列號,型號,報修時間,完成時間,故障級別,故障代碼,維修員證號\r\nR-9,SN-9,LX-300,2026-09-03 09:15,2026-09-03 15:00,7,E-1,T-0042\r\nR-1,SN-1,LX-300,2026-09-03 09:15,2026-09-03 15:00,1,E-1,T-0042\r\n');
    const res = await upload(svc, DEALER, 'period=2026-09&kind=repairs&lang=zh-Hant', bad, '維修.csv');
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ status: 'rejected', errors: 1, problemsTruncated: false });
    expect(res.body.problems).toEqual([expect.objectContaining({ row: 2, column: 'fault_level', header: '故障級別', value: '7', severity: 'error', message: expect.stringMatching(/[\u4e00-\u9fff]/) })]);
    const events = await new Promise((r) => setTimeout(r, 1000)).then(() => topic.of(res.body.submissionId));
    expect(events.map((e) => e.type)).toEqual(['feeds.SubmissionRejected']);
    const current = await request(svc.http).get(`/dealers/${DEALER}/feed-submissions?status=accepted&period=2026-09`);
    expect(current.body.total).toBe(2);
    const report = async (query: string) => {
      const got = await request(svc.http).get(`${res.body.errorReport}${query}`).buffer(true).parse((r, done) => { const c: Buffer[] = []; r.on('data', (b: Buffer) => c.push(b)); r.on('end', () => done(null, Buffer.concat(c))); });
      expect(got.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(got.body as never);
      const list = book.worksheets[0]!;
      return { headers: (list.getRow(1).values as unknown[]).slice(1), first: (list.getRow(2).values as unknown[]).slice(1) };
    };
    // in the caller's language when it asks for one (the UI does), else in all three
    const inEnglish = await report('?lang=en');
    expect(inEnglish.headers).toEqual(['sheet', 'row', 'column', 'value', 'code', 'problem']);
    expect(inEnglish.first.map(String).join(' ')).toMatch(/out of range/);
    expect((await report('')).headers).toEqual(expect.arrayContaining(['繁體中文', '简体中文', 'English']));
    const problems = await request(svc.http).get(`/dealers/${DEALER}/feed-submissions/${res.body.submissionId}/problems?lang=en`);
    expect(problems.body).toMatchObject({ total: 1, items: [{ column: 'fault_level', message: expect.stringMatching(/is out of range/) }] });
  });
});

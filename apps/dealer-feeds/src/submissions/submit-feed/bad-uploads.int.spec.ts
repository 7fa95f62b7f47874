import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { mkdtempSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { knownDealer, repairsCsv, upload } from '../../../testing/feed-uploads';
import { DealerFeedsModule } from '../../dealer-feeds.module';

const DEALER = 'D0902';
const UPLOADS = mkdtempSync(join(tmpdir(), 'feed-uploads-spec-'));
const problemsOf = (body: { problems?: { field: string }[] }) => body.problems?.map((p) => p.field);

describe('a bad upload is refused naming the field, and changes nothing (FEEDS_MAX_BYTES 4096)', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;

  beforeAll(async () => {
    ctx = await createTestContext('feedbad');
    // The service's own settings are read from the environment (serviceConfigModule), as at a real start.
    Object.assign(process.env, { FEEDS_MAX_BYTES: '4096', FEEDS_UPLOAD_DIR: UPLOADS });
    svc = await startService(ctx, 'dealer-feeds', DealerFeedsModule.register);
    delete process.env['FEEDS_MAX_BYTES'];
    delete process.env['FEEDS_UPLOAD_DIR'];
    await knownDealer(ctx, svc, DEALER);
  }, 120_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('answers 400 for no file, another field, a malformed period, kind or uploadId; 415 for no multipart; 413 past the limit; 404 for an unknown dealer', async () => {
    const post = (query: string) => request(svc.http).post(`/dealers/${DEALER}/feed-submissions?${query}`);
    const noFile = await post('period=2026-09').field('comment', 'hi');
    expect([noFile.status, problemsOf(noFile.body)]).toEqual([400, ['comment']]);
    const empty = await post('period=2026-09').attach('other', Buffer.from('x'), 'x.csv');
    expect([empty.status, problemsOf(empty.body)]).toEqual([400, ['other']]);
    for (const [query, field] of [['period=2026-13', 'period'], ['period=2026-09&kind=invoices', 'kind'], ['period=2026-09&uploadId=a%20b', 'uploadId'], ['', 'period']]) {
      const res = await post(query).attach('file', repairsCsv([{ no: 'R-1' }]), 'r.csv');
      expect([query, res.status, problemsOf(res.body)]).toEqual([query, 400, [field]]);
    }
    const json = await post('period=2026-09').send({ file: 'R-1' });
    expect([json.status, problemsOf(json.body)]).toEqual([415, ['content-type']]);
    const big = await post('period=2026-09').attach('file', repairsCsv(Array.from({ length: 80 }, (_, i) => ({ no: `R-${i}` }))), 'big.csv');
    expect([big.status, problemsOf(big.body)]).toEqual([413, ['file']]);
    const stranger = await request(svc.http).post('/dealers/D0999/feed-submissions?period=2026-09').attach('file', repairsCsv([{ no: 'R-1' }]), 'r.csv');
    expect([stranger.status, problemsOf(stranger.body)]).toEqual([404, ['dealerCode']]);
    const noAgreement = await post('period=2025-09').attach('file', repairsCsv([{ no: 'R-1' }]), 'r.csv');
    expect([noAgreement.status, problemsOf(noAgreement.body)]).toEqual([422, ['period']]);
    expect((await request(svc.http).get(`/dealers/${DEALER}/feed-submissions`)).body).toEqual({ items: [], total: 0 });
    expect(readdirSync(UPLOADS)).toEqual([]);
  });

  it('refuses a CSV whose kind neither the caller nor its header names, naming kind', async () => {
    const res = await upload(svc, DEALER, 'period=2026-09', Buffer.from('a,b,c\r\n1,2,3\r\n'), 'what.csv');
    expect(res.status).toBe(422);
    expect(res.body.problems).toEqual([expect.objectContaining({ code: 'unknown-kind' })]);
  });

  it('leaves nothing of an upload whose client goes away before the file is whole', async () => {
    const { port } = svc.http.listen(0).address() as AddressInfo; // closed with the app
    const boundary = 'spec-boundary';
    await new Promise<void>((resolve) => {
      const req = httpRequest({ port, method: 'POST', path: `/dealers/${DEALER}/feed-submissions?period=2026-09&kind=repairs&uploadId=gone`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': '100000' } });
      req.on('error', () => resolve());
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.csv"\r\nContent-Type: text/csv\r\n\r\n${repairsCsv([{ no: 'R-1' }])}`);
      setTimeout(() => { req.destroy(); resolve(); }, 500);
    });
    const progress = await eventually(() => request(svc.http).get(`/dealers/${DEALER}/feed-uploads/gone`), (r) => r.body.phase === 'failed');
    expect(progress.body).toMatchObject({ uploadId: 'gone', phase: 'failed' });
    expect(readdirSync(UPLOADS)).toEqual([]);
    expect((await request(svc.http).get(`/dealers/${DEALER}/feed-submissions`)).body.total).toBe(1); // the unknown-kind file only
  });

  it('answers 404 for an unknown upload or submission, 400 for a malformed id', async () => {
    expect((await request(svc.http).get(`/dealers/${DEALER}/feed-uploads/nope`)).status).toBe(404);
    expect((await request(svc.http).get(`/dealers/${DEALER}/feed-submissions/0192f0c4-5e7a-7cc1-9a1e-3b2d4c5e6f70`)).status).toBe(404);
    const bad = await request(svc.http).get(`/dealers/${DEALER}/feed-submissions/x`);
    expect([bad.status, problemsOf(bad.body)]).toEqual([400, ['submissionId']]);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestContext, TestContext } from '@aftersales/testing';
import { GatewayUnderTest, startGateway } from '../testing';

/** The shared servers can be slow to answer when many suites run: starting may take longer than a test. */
const HOOK_TIMEOUT_MS = 180_000;

const html = { accept: 'text/html,application/xhtml+xml' };

describe('the built UI, served by the gateway with a fallback to index.html (real FerretDB)', () => {
  let ctx: TestContext;
  let gateway: GatewayUnderTest;
  let ui: string;

  beforeAll(async () => {
    ctx = await createTestContext('gwstaticui');
    ui = mkdtempSync(join(tmpdir(), 'gw-ui-'));
    mkdirSync(join(ui, 'assets'));
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>back office</title>');
    writeFileSync(join(ui, 'assets', 'app-1234.js'), 'console.log(1)');
    gateway = await startGateway({ mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName, env: { GATEWAY_UI_DIR: ui } });
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await gateway?.close();
    rmSync(ui, { recursive: true, force: true });
    await ctx?.dispose();
  });

  it("a page of the UI's own routes gets index.html, not cached; its files are served as they are", async () => {
    for (const path of ['/', '/dealers/D0001', '/sign-in']) {
      const page = await fetch(`${gateway.url}${path}`, { headers: html });
      expect([path, page.status, await page.text()]).toEqual([path, 200, '<!doctype html><title>back office</title>']);
      expect(page.headers.get('cache-control')).toBe('no-cache');
    }
    const script = await fetch(`${gateway.url}/assets/app-1234.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toBe('console.log(1)');
  });

  it('/api, /docs and /health stay the gateway\'s: an unknown API path is a JSON 404, never the page', async () => {
    const unknown = await fetch(`${gateway.url}/api/nothing-here`, { headers: html });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ statusCode: 404 });
    expect((await fetch(`${gateway.url}/health`, { headers: html })).headers.get('content-type')).toMatch(/json/);
  });

  it('a path that is neither the API nor a file of the UI, asked other than as a page, is a JSON 404 problem', async () => {
    for (const [method, path] of [['POST', '/dealers'], ['GET', '/assets/missing.js']]) {
      const answer = await fetch(`${gateway.url}${path}`, { method, headers: { accept: 'application/json' } });
      expect([method, path, answer.status]).toEqual([method, path, 404]);
      expect(await answer.json()).toMatchObject({ statusCode: 404, problems: [], correlationId: expect.any(String) });
    }
  });
});

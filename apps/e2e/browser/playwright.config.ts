import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/**
 * The browser tests: Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium; Playwright downloads
 * no browser) against the whole system as `npm start` runs it, on private ports, databases and topics
 * (stack.setup.ts). `npm test` runs them after jest; alone: `npx playwright test -c apps/e2e/browser`.
 * Results: tmp/playwright-results.json; screenshots of every page in every language: tmp/screenshots/.
 */
export default defineConfig({
  testDir: __dirname,
  testMatch: '**/*.pw.ts',
  tsconfig: resolve(ROOT, 'tsconfig.base.json'),
  globalSetup: resolve(__dirname, 'stack.setup.ts'),
  outputDir: resolve(ROOT, 'tmp/playwright'),
  // one browser at a time: the machine has two cores and the stack runs beside it
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: resolve(ROOT, 'tmp/playwright-results.json') }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' },
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});

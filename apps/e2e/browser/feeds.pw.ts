import { expect, Page, test } from '@playwright/test';
import { baseUrl, LANGUAGES, mainOf, screenshot, settled, signIn, switchLanguage, untranslatedKeys } from './support';

/**
 * A dealer's monthly feed through the UI: a sales file with an error is refused with its problems
 * in the dealer's language; the corrected file is accepted while the progress bar shows; a changed
 * file becomes version 2 and its diff shows the corrected cell beside its previous value. Then the
 * feeds pages in every language, with nothing untranslated.
 */
const PERIOD = '2026-10';
// new serials each run: the tests may run again against one system (BACKOFFICE_URL)
const RUN = Date.now().toString(36).toUpperCase();
const HEADER = 'serial_no,model,sale_date,invoice_no';
const sale = (i: number, date: string) => `SC-500-D0001-${RUN}-${i},SC-500,${date},INV${RUN}${i}`;
const lines = (count: number, dateOf: (i: number) => string) => Array.from({ length: count }, (_, i) => sale(i + 1, dateOf(i + 1)));
const csv = (rows: string[]) => Buffer.from(`${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');

async function upload(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByTestId('feed-file').locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  await page.getByTestId('upload-submit').click();
}

async function chooseSalesForOctober(page: Page): Promise<void> {
  await page.getByLabel('Form', { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: 'Sales' }).click();
  const month = page.getByLabel('Month', { exact: true });
  await month.click();
  await month.fill(PERIOD);
  await month.press('Enter');
  await expect(month).toHaveValue(PERIOD);
}

test('a dealer uploads a sales file: problems in its language, accepted with progress, a resubmission\'s diff', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'dealer');
  await page.goto(`${baseUrl()}/feeds/upload`);
  await expect(page.getByTestId('upload-dealer')).toHaveText('D0001');
  await chooseSalesForOctober(page);

  // a day that does not exist: refused whole, the problem named in traditional Chinese
  await switchLanguage(page, 'zh-Hant');
  await upload(page, 'sales-broken.csv', csv(lines(40, (i) => (i === 7 ? '2026-10-32' : `2026-10-${String((i % 28) + 1).padStart(2, '0')}`))));
  const problems = page.getByTestId('feed-problems');
  await expect(problems).toBeVisible({ timeout: 60_000 }); // the answer comes once the file is read: as long as an accepted one under load
  await expect(problems).toContainText('2026-10-32');
  await expect(problems).toContainText('sale_date');
  await expect(problems.locator('td').filter({ hasText: /[\u4e00-\u9fff]/ }).first()).toBeVisible();
  await expect(page.getByTestId('error-report')).toBeVisible();
  expect(await untranslatedKeys(page)).toEqual([]);
  await screenshot(page, 'feeds-upload-rejected', 'zh-Hant');
  await switchLanguage(page, 'en');

  // the corrected file, sent slowly enough to watch it go: the progress bar, then version 1
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: -1, uploadThroughput: 20_000 });
  const dates = (i: number) => `2026-10-${String((i % 28) + 1).padStart(2, '0')}`;
  await upload(page, 'sales.csv', csv([...lines(2000, dates)]));
  await expect(page.getByTestId('upload-progress')).toBeVisible();
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await expect(page.getByTestId('upload-accepted')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('submission-tags').first()).toContainText(/Accepted v\d+/);

  // a changed file: one sale's date corrected, one withdrawn, one recorded
  const changed = lines(2000, (i) => (i === 5 ? '2026-10-30' : dates(i))).filter((_, i) => i !== 9);
  await upload(page, 'sales-corrected.csv', csv([...changed, sale(2001, '2026-10-31')]));
  await expect(page.getByTestId('upload-accepted')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('diff-counts')).toContainText('1 recorded, 1 corrected, 1 withdrawn');
  await page.getByTestId('accepted-link').click();
  await settled(page);
  const changedCell = page.getByTestId('changed-cell').first();
  await expect(changedCell).toContainText('2026-10-30');
  await expect(changedCell).toContainText(dates(5));
  await screenshot(page, 'feeds-diff', 'en');
});

const PAGES = [
  { name: 'feeds-upload', role: 'dealer', path: '/feeds/upload', ready: (page: Page) => expect(page.getByTestId('feed-templates')).toBeVisible() },
  { name: 'feeds-upload-staff', role: 'service-manager', path: '/feeds/upload', ready: (page: Page) => expect(page.getByTestId('feed-templates')).toBeVisible() },
  { name: 'feeds-dealer', role: 'dealer', path: '/dealers/D0001/feeds', ready: (page: Page) => expect(mainOf(page)).toContainText('2026-09') },
  { name: 'feeds-dealer-staff', role: 'auditor', path: '/dealers/D0002/feeds?period=2026-08', ready: (page: Page) => expect(mainOf(page)).toContainText('2026-08') },
];

test.describe('the feeds pages in every language: nothing untranslated, a screenshot of each', () => {
  for (const { name, role, path, ready } of PAGES) {
    test(`${name} (${role})`, async ({ page }) => {
      await signIn(page, role);
      await page.goto(`${baseUrl()}${path}`);
      await ready(page);
      for (const language of LANGUAGES) {
        await switchLanguage(page, language);
        await settled(page);
        await ready(page);
        await expect(page.getByTestId('error-state')).toHaveCount(0);
        expect(await untranslatedKeys(page)).toEqual([]);
        await screenshot(page, name, language);
      }
    });
  }

  test('a submission with a diff (D0001, August repairs, version 2) and a rejected one (D0004, September opinions)', async ({ page }) => {
    await signIn(page, 'admin');
    for (const [code, query, name] of [['D0001', 'period=2026-08&kind=repairs&status=accepted', 'feeds-submission-diff'], ['D0004', 'period=2026-09&kind=opinions&status=rejected', 'feeds-submission-rejected']] as const) {
      await page.goto(`${baseUrl()}/dealers/${code}/feeds?${query}`);
      await settled(page);
      await page.getByTestId('feed-submissions').getByRole('link').first().click();
      await expect(page.getByTestId('submission-summary')).toBeVisible();
      for (const language of LANGUAGES) {
        await switchLanguage(page, language);
        await settled(page);
        await expect(page.getByTestId('feed-rows').or(page.getByTestId('feed-problems'))).toBeVisible();
        expect(await untranslatedKeys(page)).toEqual([]);
        await screenshot(page, name, language);
      }
    }
  });
});

import { expect, test } from '@playwright/test';
import { baseUrl, LANGUAGES, mainOf, screenshot, settled, signIn, switchLanguage, untranslatedKeys } from './support';

/**
 * The feed submissions matrix (staff): the demo dealers with a tag per kind and month, in every
 * language with nothing untranslated; the range stays in the address; a cell opens the dealer's
 * submissions of that month and kind.
 */
const RANGE = 'from=2026-07&to=2026-09';

test('the feed submissions matrix in every language, a cell leading to the dealer\'s submissions', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'service-manager');
  await page.goto(`${baseUrl()}/feeds/matrix?${RANGE}`);
  const d0001 = page.getByTestId('matrix-dealer').filter({ hasText: 'D0001' }).first();
  await expect(d0001).toBeVisible({ timeout: 60_000 }); // the first page load of a busy machine
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await settled(page);
    await expect(d0001.getByTestId('cell-2026-09-repairs')).toBeVisible();
    await expect(page.getByTestId('error-state')).toHaveCount(0);
    expect(await untranslatedKeys(page)).toEqual([]);
    await screenshot(page, 'feed-matrix', language);
  }
  await expect(mainOf(page)).toContainText('2026-07');
  expect(page.url()).toContain(RANGE);
  await d0001.getByTestId('cell-2026-08-sales').click();
  await expect(page).toHaveURL(/\/dealers\/D0001\/feeds\?period=2026-08&kind=sales$/);
});

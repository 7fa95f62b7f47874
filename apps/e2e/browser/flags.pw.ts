import { expect, test } from '@playwright/test';
import { baseUrl, LANGUAGES, mainOf, screenshot, settled, signIn, switchLanguage, untranslatedKeys } from './support';

/**
 * The cross-feed flags of the demo feeds (README "Demo data"): D0003's September card for D0001's
 * unit is flagged with its evidence, leading to the card's submission and the unit; the page in
 * every language with nothing untranslated; a service manager dismisses an open flag with a reason
 * that stays in its history; the dealer user sees its own flags only.
 */
const CARD_FLAG = '/feed-flags?dealer=D0003&rule=card-for-other-dealers-unit';

test('a flag with its evidence, in every language, leading to the submission and the unit', async ({ page }) => {
  await signIn(page, 'service-manager');
  await page.goto(`${baseUrl()}${CARD_FLAG}`);
  const row = page.getByTestId('flags-table').locator('tr', { hasText: 'PR-630K-D0001-0001' });
  await expect(row).toBeVisible({ timeout: 30_000 });
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await settled(page);
    await expect(row).toBeVisible();
    expect(await untranslatedKeys(page)).toEqual([]);
    await screenshot(page, 'feed-flags', language);
  }
  await row.locator('[data-testid^="open-"]').click();
  const drawer = page.getByTestId('flag-drawer');
  await expect(drawer.getByTestId('flag-evidence')).toContainText('WC-D0003-0099');
  await expect(drawer.getByTestId('flag-evidence')).toContainText('delivered to D0001');
  await expect(page).toHaveURL(/flag=D0003(~|%7E)[0-9a-f]{24}/); // URLSearchParams writes ~ as %7E
  await screenshot(page, 'feed-flag-drawer', 'en');
  await expect(drawer.getByRole('link', { name: /WC-D0003-0099/ })).toHaveAttribute('href', /^\/dealers\/D0003\/feeds\/.+/);
  await drawer.getByRole('link', { name: 'PR-630K-D0001-0001' }).first().click();
  await expect(page).toHaveURL(/\/units\/PR-630K-D0001-0001$/);
});

test('a service manager dismisses an open flag with a reason, kept in its history', async ({ page }) => {
  await signIn(page, 'service-manager');
  await page.goto(`${baseUrl()}/feed-flags?status=open`);
  const open = page.getByTestId('flags-table').locator('[data-testid^="open-"]').first();
  await expect(open).toBeVisible({ timeout: 30_000 });
  await open.click();
  const drawer = page.getByTestId('flag-drawer');
  await drawer.getByTestId('flag-dismiss').click();
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(page.getByText('Give a reason')).toBeVisible(); // a reason is required
  await page.getByTestId('flag-dismiss-reason').fill('Checked with the dealer: unit from the manufacturer\'s loan stock');
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(drawer.getByTestId('flag-history')).toContainText('Reason: Checked with the dealer', { timeout: 15_000 });
  await expect(drawer.getByTestId('flag-dismiss')).toHaveCount(0);
});

test('a dealer user sees its own flags, without a dealer filter', async ({ page }) => {
  await signIn(page, 'dealer');
  await page.goto(`${baseUrl()}/feed-flags`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
  await expect(page.getByTestId('flags-dealer')).toHaveCount(0);
  const dealers = await page.getByTestId('flags-table').locator('tbody tr[data-row-key] td:nth-child(2)').allTextContents();
  expect(dealers.filter((code) => code.trim() && code.trim() !== 'D0001')).toEqual([]);
  await expect(mainOf(page)).not.toContainText('D0003');
});

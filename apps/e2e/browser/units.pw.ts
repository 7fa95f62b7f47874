import { expect, test } from '@playwright/test';
import { baseUrl, LANGUAGES, mainOf, screenshot, settled, signIn, switchLanguage, untranslatedKeys } from './support';

/**
 * The unit lookup on the demo network (deploy/demo/units.mjs): D0001's first unit, received
 * 2026-03-02 and carded by hand as sold 2026-04-01 under D0001's 2026 agreement (12 months, the
 * print head 3, DOA 7 days, quality 15 days). Its clocks on a day, the day changed in the picker,
 * in every language; a dealer user does not see another dealer's unit.
 */
const UNIT = 'PR-630K-D0001-0001';
const clock = (name: string) => `[data-testid="clock-${name}"]`;

test('staff look a unit up: its delivery and card, and which clocks run on the day chosen', async ({ page }) => {
  await signIn(page, 'service-manager');
  await page.goto(`${baseUrl()}/units`);
  const search = page.getByPlaceholder('Serial number');
  await search.fill(UNIT);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/units/${UNIT}$`));
  await settled(page);
  await expect(page.getByTestId('unit-facts')).toContainText('D0001 · 2026-03-02');
  await expect(page.getByTestId('unit-facts')).toContainText('HC-D0001-001');

  await page.goto(`${baseUrl()}/units/${UNIT}?on=2026-04-05`);
  await settled(page);
  const timeline = page.getByTestId('coverage-timeline');
  await expect(timeline.locator(clock('standard'))).toContainText('2026-04-01 to 2027-03-31');
  await expect(timeline.locator(clock('standard'))).toContainText('running');
  await expect(timeline.locator(clock('print-head'))).toContainText('2026-04-01 to 2026-06-30');
  await expect(timeline.locator(clock('quality'))).toContainText('running');
  await expect(timeline.locator(clock('doa'))).toContainText('not running');

  // The first day the print head is no longer covered, typed into the picker.
  const day = page.getByLabel('Coverage on');
  await day.click();
  await day.fill('2026-07-01');
  await day.press('Enter');
  await expect(page).toHaveURL(/on=2026-07-01/);
  await expect(timeline.locator(clock('print-head'))).toContainText('not running');
  await expect(timeline.locator(clock('standard'))).toContainText('running');

  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await settled(page);
    expect(await untranslatedKeys(page)).toEqual([]);
    await screenshot(page, 'unit-coverage', language);
  }
});

test('a dealer user does not find another dealer\'s unit', async ({ page }) => {
  await signIn(page, 'dealer');
  await page.goto(`${baseUrl()}/units/PR-730K-D0002-0001`);
  await settled(page);
  await expect(page.getByTestId('not-found-state')).toBeVisible();
  await expect(mainOf(page)).not.toContainText('D0002 ·');
});

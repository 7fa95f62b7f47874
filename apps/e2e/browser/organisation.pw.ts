import { expect, test } from '@playwright/test';
import { account, baseUrl, LANGUAGES, mainOf, screenshot, settled, signIn, switchLanguage, untranslatedKeys } from './support';

/**
 * A dealer's service organisation (the demo's D0001): its late change in the history, its technicians
 * with their certificates (one expired on 2026-08-31), in every language with nothing untranslated;
 * the service manager adds a technician and issues its certificate; a dealer user reads its own
 * organisation without the forms.
 */
const ON = '2026-12-01';
/** The first answers of a page on the shared two-core machine, while other tests run, may take longer than expect's 15 s. */
const FIRST_LOAD = { timeout: 60_000 };
// Three languages, two writes and their reads: more than the default minute on the busy shared machine.
test.setTimeout(240_000);

test('a dealer\'s organisation in every language; the service manager adds a technician with a certificate', async ({ page }) => {
  await signIn(page, 'service-manager');
  await page.goto(`${baseUrl()}/dealers/D0001/organisation?on=${ON}`);
  const history = page.getByTestId('organisation-history');
  const technicians = page.getByTestId('technicians-table');
  await expect(history).toContainText('010-6501-8899', FIRST_LOAD);
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await settled(page);
    await expect(page.getByTestId('error-state')).toHaveCount(0);
    await expect(technicians).toContainText('CERT-D0001-2');
    expect(await untranslatedKeys(page)).toEqual([]);
    await screenshot(page, 'organisation', language);
  }
  await switchLanguage(page, 'en');
  await expect(history).toContainText('Late notice');
  await expect(technicians.getByRole('row').filter({ hasText: 'CERT-D0001-2' })).toContainText('Expired');

  // A new id each run: the tests may run again against one system (BACKOFFICE_URL).
  const id = `T-PW-${Date.now().toString(36).toUpperCase()}`;
  const join = page.getByRole('form', { name: 'Add a technician' });
  await join.getByLabel('Technician ID').fill(id);
  await join.getByLabel('Name').fill('測試員');
  // Enter confirms the date typed into the picker and submits the form, as a person finishing it with Enter.
  await join.getByLabel('Takes effect on').fill('2026-11-02');
  await join.getByLabel('Takes effect on').press('Enter');
  const row = technicians.getByRole('row').filter({ hasText: id });
  await expect(row).toContainText('No certificate');
  await row.getByRole('button', { name: 'Issue a certificate' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Certificate number').fill(`C-${id}`);
  for (const [label, date] of [['Issued on', '2026-11-20'], ['Expires on', '2028-11-19']] as const) {
    await dialog.getByLabel(label).fill(date);
    await dialog.getByLabel(label).press('Enter'); // the first: expiresOn is still missing; the last submits
  }
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText('Valid');
});

test('a dealer user reads its own organisation, without the forms', async ({ page }) => {
  const own = account('dealer').dealerCode!;
  await signIn(page, 'dealer');
  await page.goto(`${baseUrl()}/dealers/${own}/organisation`);
  await expect(page.getByTestId('technicians-table')).toBeVisible(FIRST_LOAD);
  await settled(page);
  await expect(mainOf(page)).toContainText(own);
  await expect(page.getByTestId('technicians-table')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Notify a change' })).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Add a technician' })).toHaveCount(0);
});

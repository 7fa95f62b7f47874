import { expect, Page, test } from '@playwright/test';
import { baseUrl, mainOf, settled, signIn } from './support';

/** An antd DatePicker: the date typed in its format and confirmed with Enter (Escape would drop it). */
async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

/**
 * The manufacturer's first flow, as people do it in the UI: register a dealer, sign its agreement,
 * record a payment, and see the repair fund take it in. One test: each step needs the one before.
 */
test('register a dealer, sign its agreement, record a payment and see the fund update', async ({ page }) => {
  test.setTimeout(180_000);
  // a new dealer each run: the tests may run again against the same system (BACKOFFICE_URL)
  const code = `PW${Date.now().toString(36).toUpperCase()}`;
  await signIn(page, 'admin');

  await page.goto(`${baseUrl()}/dealers/new`);
  await page.getByLabel('Dealer code').fill(code);
  await page.getByLabel('Name', { exact: true }).fill('杭州瀏覽器測試辦公設備有限公司');
  await page.getByLabel('Region', { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: 'East' }).click();
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page).toHaveURL(new RegExp(`/dealers/${code}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);

  await page.getByRole('link', { name: 'Sign agreement' }).or(page.getByRole('button', { name: 'Sign agreement' })).first().click();
  await expect(page).toHaveURL(new RegExp(`/dealers/${code}/agreements/new$`));
  await pickDate(page, 'Valid from', '2026-01-01');
  await pickDate(page, 'Valid to', '2026-12-31');
  await page.getByRole('button', { name: 'Sign agreement' }).click();
  await expect(page).toHaveURL(new RegExp(`/dealers/${code}$`));
  await settled(page);
  await expect(mainOf(page)).toContainText('Version 1');

  await page.goto(`${baseUrl()}/payments/new?dealer=${code}`);
  await page.getByLabel('Payment ID').fill(`${code}-PAY-1`);
  await pickDate(page, 'Received on', '2026-11-02');
  await page.getByLabel('Amount (yuan)').fill('12,345.67');
  await expect(page.getByText('That is ¥12,345.67')).toBeVisible();
  // settlements learns the agreement from Kafka: until then it refuses the payment (422), so try again
  await expect(async () => {
    await page.getByRole('button', { name: 'Record payment' }).click();
    await expect(page).toHaveURL(new RegExp(`/funds/${code}$`), { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByTestId('payment-recorded')).toContainText('¥12,345.67');

  // 3% of ¥12,345.67 is ¥370.3701: the fund accrues ¥370.37 once the projection has the payment
  await expect(async () => {
    await page.reload();
    await settled(page);
    const table = page.getByTestId('fund-quarters-table');
    await expect(table).toContainText('2026Q4', { timeout: 2_000 });
    await expect(table).toContainText('¥370.37', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
});

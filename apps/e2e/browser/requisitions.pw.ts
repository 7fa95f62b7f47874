import { Browser, expect, Locator, Page, test } from '@playwright/test';
import { account, baseUrl, mainOf, screenshot, settled, signIn } from './support';

/**
 * A parts requisition (維修配件備料單, parts-logistics) from the dealer's request to its receipt,
 * each step by the person who takes it, in their own browser: the dealer user finds a part on
 * today's price list, adds it and submits; the parts clerk finds the requisition in its queue and
 * approves it in part, with the reason the dealer reads; finance records the payment the sale line
 * waits for (款到發貨); the clerk ships it; the dealer sees the shipment and confirms its receipt.
 * The requisition's id is made by the form (random per run), the payment and waybill from it: the
 * test may run again against one system (BACKOFFICE_URL).
 */
const PART = 'P-BELT-630';
const FIRST_LOAD = { timeout: 60_000 };
// Four people, six writes and their reads on the busy shared two-core machine.
test.setTimeout(300_000);

/** Fen as the UI writes them in English: ¥1,234.56. */
const yuan = (fen: number) => `¥${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`;
/** Fen as the payment form offers them: 9000 -> "90", 4550 -> "45.5". */
const typedYuan = (fen: number) => {
  const cents = String(fen % 100).padStart(2, '0');
  return cents === '00' ? String(Math.floor(fen / 100)) : `${Math.floor(fen / 100)}.${cents.replace(/0$/, '')}`;
};
/** The fen of money as the UI writes it (¥1,234.56): its digits. */
const fenOf = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** A browser of its own for each person, signed in (the cookies of one never sign the other in). */
async function personPage(browser: Browser, role: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

/** A step's dialog: filled by `fill`, sent with its button, closed once the step is recorded. */
async function step(page: Page, open: string, fill: (dialog: Locator) => Promise<void>, submit: string): Promise<void> {
  await page.getByTestId(open).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await fill(dialog);
  await dialog.getByRole('button', { name: submit }).click();
  await expect(dialog).toHaveCount(0);
}

test('a requisition from the dealer to its receipt: submitted, approved in part, paid, shipped, received', async ({ browser }) => {
  const own = account('dealer').dealerCode!;

  // The dealer: its own requisitions from the menu, a new one with a part found by its number.
  const dealer = await personPage(browser, 'dealer');
  await dealer.goto(`${baseUrl()}/`);
  await dealer.getByRole('navigation').getByRole('link', { name: 'Our requisitions' }).click(FIRST_LOAD);
  await expect(dealer).toHaveURL(new RegExp(`/dealers/${own}/requisitions$`));
  await expect(dealer.getByTestId('requisitions-table')).toBeVisible();
  await dealer.getByTestId('requisition-new').click();
  await expect(dealer).toHaveURL(/\/requisitions\/new$/);
  await expect(dealer.getByTestId('requisition-dealer')).toHaveText(own);
  // Nothing to submit yet: said, nothing sent.
  await dealer.getByTestId('requisition-submit').click();
  await expect(mainOf(dealer)).toContainText('Add at least one part');

  await dealer.getByRole('combobox', { name: 'Search the parts' }).fill(PART);
  await dealer.getByTestId(`part-option-${PART}`).click();
  const line = dealer.getByTestId('requisition-lines').locator('tr', { hasText: PART });
  await expect(line).toBeVisible();
  const priceText = (await line.locator('td').nth(2).innerText()).trim();
  const price = fenOf(priceText);
  expect(price).toBeGreaterThan(0);
  await line.getByLabel('Quantity').fill('3');
  await expect(dealer.getByTestId('requisition-total')).toHaveText(yuan(3 * price));
  await dealer.getByLabel('Note').fill('瀏覽器測試：備庫');
  await screenshot(dealer, 'requisition-new-filled', 'en');
  await dealer.getByTestId('requisition-submit').click();

  await expect(dealer).toHaveURL(new RegExp(`/dealers/${own}/requisitions/REQ-\\d{8}-[0-9A-Z]{6}$`), FIRST_LOAD);
  const path = new URL(dealer.url()).pathname;
  const id = decodeURIComponent(path.split('/').at(-1)!);
  await expect(dealer.getByTestId('requisition-notice')).toContainText(`Requisition ${id} submitted`);
  await expect(dealer.getByTestId('requisition-summary').getByTestId('requisition-status')).toHaveText('Submitted');
  await expect(dealer.getByTestId('requisition-lines').locator('tr', { hasText: PART })).toContainText(priceText);
  // A dealer user neither reviews nor ships.
  await expect(dealer.getByTestId('requisition-review')).toHaveCount(0);
  await expect(dealer.getByTestId('requisition-ship')).toHaveCount(0);

  // The parts clerk: the dealer's submitted requisitions in the queue (a read model: it has the new one within a second or so).
  const clerk = await personPage(browser, 'parts-clerk');
  await clerk.goto(`${baseUrl()}/requisitions?dealer=${own}&status=submitted`);
  const row = clerk.getByTestId('requisitions-table').locator('tr', { hasText: id });
  await expect(clerk.getByTestId('requisitions-table')).toBeVisible(FIRST_LOAD);
  await expect(async () => {
    if (!(await row.isVisible())) await clerk.reload();
    await expect(row).toBeVisible({ timeout: 20_000 });
  }).toPass({ timeout: 120_000 });
  await expect(row.getByTestId('requisition-status')).toHaveText('Submitted');
  await screenshot(clerk, 'requisitions-queue', 'en');
  await row.click();
  await expect(clerk).toHaveURL(new RegExp(`${path}$`));

  // Approved in part: 2 of 3, the reason required and given.
  await clerk.getByTestId('requisition-review').click();
  const review = clerk.getByRole('dialog');
  await review.getByLabel('Approved quantity of line 1').fill('2');
  await expect(review.getByTestId('review-outcome')).toContainText('Approved in part');
  await review.getByRole('button', { name: 'Save the review' }).click();
  await expect(review).toContainText('Say why less than asked is approved');
  await review.getByLabel('Reason for line 1').fill('皮帶庫存不足，先發 2 條');
  await screenshot(clerk, 'requisition-review', 'en');
  await review.getByRole('button', { name: 'Save the review' }).click();
  await expect(review).toHaveCount(0);
  await expect(clerk.getByTestId('requisition-notice')).toContainText('Reviewed: approved in part');
  const summary = clerk.getByTestId('requisition-summary');
  await expect(summary.getByTestId('requisition-status')).toHaveText('Approved');
  await expect(summary.getByTestId('awaiting-payment')).toBeVisible();
  await expect(clerk.getByTestId('requisition-sale-due')).toHaveText(yuan(2 * price));
  await expect(clerk.getByTestId('requisition-lines').locator('tr', { hasText: PART })).toContainText('皮帶庫存不足');
  // The sale line waits for its payment: the shipment form says so.
  await clerk.getByTestId('requisition-ship').click();
  await expect(clerk.getByRole('dialog').getByTestId('ship-lines')).toContainText('Waits for payment');
  await clerk.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // Finance: the payment of what is due, typed in yuan (the form offers what is still to pay).
  const finance = await personPage(browser, 'finance');
  await finance.goto(`${baseUrl()}${path}`);
  await expect(finance.getByTestId('requisition-pay')).toBeVisible(FIRST_LOAD);
  await expect(finance.getByTestId('requisition-review')).toHaveCount(0);
  await expect(finance.getByTestId('requisition-ship')).toHaveCount(0);
  await step(finance, 'requisition-pay', async (dialog) => {
    await expect(dialog.getByLabel('Amount (yuan)')).toHaveValue(typedYuan(2 * price));
    await expect(dialog).toContainText(`That is ${yuan(2 * price)}`);
    await dialog.getByLabel('Payment reference').fill(`PAY-${id}`);
  }, 'Record the payment');
  await expect(finance.getByTestId('requisition-notice')).toContainText(`Payment of ${yuan(2 * price)} recorded`);
  await expect(finance.getByTestId('requisition-paid')).toHaveText(yuan(2 * price));
  await expect(finance.getByTestId('requisition-summary').getByTestId('awaiting-payment')).toHaveCount(0);

  // The clerk ships the two approved, now paid.
  const waybill = `SF-PW-${id.slice(-6)}`;
  await clerk.reload();
  await step(clerk, 'requisition-ship', async (dialog) => {
    await expect(dialog.getByLabel('Quantity of line 1 to ship')).toHaveValue('2');
    await dialog.getByLabel('Waybill').fill(waybill);
  }, 'Ship');
  await expect(clerk.getByTestId('requisition-notice')).toContainText('units shipped 2');
  await expect(clerk.getByTestId('requisition-summary').getByTestId('requisition-status')).toHaveText('Shipped');
  await screenshot(clerk, 'requisition-shipped', 'en');

  // The dealer: the shipment on its requisition (its notice), then its receipt.
  await dealer.reload();
  await settled(dealer);
  const shipment = dealer.locator('[data-testid^="shipment-SHIP-"]');
  await expect(shipment).toContainText(waybill);
  await expect(shipment).toContainText(yuan(2 * price));
  await expect(shipment.getByTestId('shipment-in-transit')).toBeVisible();
  await expect(dealer.getByTestId('requisition-lines').locator('tr', { hasText: PART })).toContainText('皮帶庫存不足');
  await step(dealer, 'shipment-receive', async () => undefined, 'Confirm receipt');
  await expect(dealer.getByTestId('requisition-notice')).toContainText('Receipt of SHIP-');
  await expect(shipment.getByTestId('shipment-received')).toContainText('Received on');
  await expect(dealer.getByTestId('shipment-receive')).toHaveCount(0);
  await screenshot(dealer, 'requisition-received', 'en');
});

test('a failed check of in-warranty replacements, with the note the requisition tells the dealer', async ({ browser }) => {
  // The demo's D0003 requisition: its check failed; the lines wait until a later check passes.
  const clerk = await personPage(browser, 'parts-clerk');
  await clerk.goto(`${baseUrl()}/requisitions?dealer=D0003&waiting=check`);
  const row = clerk.getByTestId('requisitions-table').locator('tr', { hasText: 'REQ-D0003-0001' });
  await expect(row).toBeVisible(FIRST_LOAD);
  await expect(row.getByTestId('awaiting-check')).toBeVisible();
  await row.getByTestId('requisition-REQ-D0003-0001').click();
  await expect(clerk.getByTestId('requisition-check-failed')).toContainText('更換清單中沒有此維修記錄');
  await expect(clerk.getByTestId('requisition-checks')).toContainText('Failed');
  // Checked again (failed) is the clerk's to do; nothing ships until a check passes.
  await expect(clerk.getByTestId('requisition-check')).toBeVisible();
});

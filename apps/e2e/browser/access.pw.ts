import { expect, request, test } from '@playwright/test';
import { account, baseUrl, CHOOSE_ENGLISH, mainOf, settled, signInThroughPage } from './support';

test.describe('signing in, a dealer user\'s reach, signing out', () => {
  test('an admin signs in and lands on the dealers of the demo network', async ({ page }) => {
    await signInThroughPage(page, 'admin');
    await expect(page).toHaveURL(/\/dealers$/);
    await settled(page);
    await expect(mainOf(page)).toContainText('D0001');
  });

  test('a wrong password is refused without saying which part was wrong', async ({ page }) => {
    await page.goto(`${baseUrl()}/sign-in`);
    await page.evaluate(CHOOSE_ENGLISH);
    await page.reload();
    await page.getByLabel('Username').fill(account('admin').username);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('sign-in-error')).toContainText('The username or the password is wrong');
  });

  test('a dealer user lands on its own dealer and cannot open another dealer\'s page by URL', async ({ page }) => {
    const own = account('dealer').dealerCode!;
    await signInThroughPage(page, 'dealer');
    await expect(page).toHaveURL(new RegExp(`/dealers/${own}$`));
    await settled(page);
    await expect(mainOf(page)).toContainText(own);
    // another dealer answers exactly as one that does not exist: no existence leak
    const foreign = { D0002: '廣州南粵科技服務有限公司', 'D0003-S1': '蘇州申達分銷部', 'NO-SUCH-DEALER': 'NO-SUCH-DEALER' };
    for (const [code, name] of Object.entries(foreign)) {
      await page.goto(`${baseUrl()}/dealers/${code}`);
      await settled(page);
      await expect(page.getByTestId('not-found-state')).toBeVisible();
      await expect(mainOf(page)).not.toContainText(name);
    }
  });

  test('after signing out, the old refresh token is refused', async ({ page, context }) => {
    await signInThroughPage(page, 'finance');
    const cookie = (await context.cookies()).find((c) => c.name === 'aftersales_refresh');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    const api = await request.newContext({ baseURL: baseUrl() });
    const refresh = await api.post('/api/auth/refresh', { headers: { cookie: `aftersales_refresh=${cookie!.value}` }, data: {} });
    expect(refresh.status()).toBe(401);
    await api.dispose();
  });
});

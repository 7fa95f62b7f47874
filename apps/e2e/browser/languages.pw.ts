import { expect, Page, test } from '@playwright/test';
import { baseUrl, LANGUAGES, mainOf, screenshot, settled, signIn, switchLanguage, untranslatedKeys } from './support';

/** Every page of the UI, as a role that may open it reaches it; `ready` is what shows once it has loaded. */
interface PageCase {
  name: string;
  role: string;
  path: string;
  ready: (page: Page) => Promise<void>;
}

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
const shows = (text: string) => async (page: Page) => expect(mainOf(page)).toContainText(text);
const table = (testId: string) => async (page: Page) => expect(page.getByTestId(testId)).toBeVisible();
const PAGES: PageCase[] = [
  { name: 'dealers', role: 'admin', path: '/dealers', ready: shows('D0002-S1') },
  { name: 'dealer-detail', role: 'admin', path: '/dealers/D0001', ready: shows('北京華信') },
  { name: 'register-dealer', role: 'admin', path: '/dealers/new', ready: heading },
  { name: 'import-dealers', role: 'admin', path: '/dealers/import', ready: heading },
  { name: 'sign-agreement', role: 'admin', path: '/dealers/D0002/agreements/new', ready: heading },
  { name: 'payments', role: 'finance', path: '/payments', ready: shows('DEMO-') },
  { name: 'record-payment', role: 'finance', path: '/payments/new', ready: heading },
  { name: 'funds-network', role: 'finance', path: '/funds', ready: heading },
  { name: 'funds-dealer', role: 'finance', path: '/funds/D0001', ready: shows('2026Q3') },
  { name: 'accounts', role: 'admin', path: '/accounts', ready: shows('dealer-d0001') },
  { name: 'change-password', role: 'finance', path: '/account/password', ready: heading },
  { name: 'dealer-own', role: 'dealer', path: '/dealers/D0001', ready: shows('北京華信') },
  { name: 'dealer-own-fund', role: 'dealer', path: '/funds/D0001', ready: shows('2026Q3') },
  { name: 'feed-flags', role: 'service-manager', path: '/feed-flags', ready: heading },
  { name: 'dealer-own-flags', role: 'dealer', path: '/feed-flags', ready: heading },
  { name: 'price-list', role: 'parts-clerk', path: '/price-list', ready: table('price-items') },
  { name: 'price-list-versions', role: 'parts-clerk', path: '/price-list?view=versions', ready: table('price-versions') },
  { name: 'price-list-import', role: 'parts-clerk', path: '/price-list/import', ready: heading },
  { name: 'dealer-price-list', role: 'dealer', path: '/price-list', ready: table('price-items') },
  { name: 'requisitions', role: 'parts-clerk', path: '/requisitions?dealer=D0005', ready: shows('REQ-D0005-0001') },
  { name: 'requisition-new', role: 'parts-clerk', path: '/requisitions/new?dealer=D0001', ready: heading },
  { name: 'requisition', role: 'parts-clerk', path: '/dealers/D0001/requisitions/REQ-D0001-0001', ready: shows('SHIP-REQ-D0001-0001') },
  { name: 'requisition-check-failed', role: 'parts-clerk', path: '/dealers/D0003/requisitions/REQ-D0003-0001', ready: shows('更換清單中沒有此維修記錄') },
  { name: 'dealer-requisitions', role: 'dealer', path: '/dealers/D0001/requisitions', ready: shows('REQ-D0001-0002') },
  { name: 'dealer-requisition', role: 'dealer', path: '/dealers/D0001/requisitions/REQ-D0001-0002', ready: shows('色帶庫存不足') },
];

test.describe('every page in every language: nothing untranslated, a screenshot of each', () => {
  test('the sign-in page', async ({ page }) => {
    await page.goto(`${baseUrl()}/sign-in`);
    for (const language of LANGUAGES) {
      await switchLanguage(page, language);
      await expect(page.getByRole('button', { name: /^(Sign in|登 ?入|登 ?录)$/ })).toBeVisible();
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'sign-in', language);
    }
  });

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
});

import { expect, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DemoAccount } from '../../../deploy/demo/accounts.mjs';

export const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Each language's own name, as the language switch shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文', en: 'English' };
const SCREENSHOTS = resolve(__dirname, '../../../tmp/screenshots');

/** In the page (a string: this project's Node typecheck has no DOM types): the language the UI remembers, English. */
export const CHOOSE_ENGLISH = "window.localStorage.setItem('backoffice.language', 'en')";

export const baseUrl = (): string => {
  const url = process.env['BACKOFFICE_URL'];
  if (!url) throw new Error('BACKOFFICE_URL is not set: the global setup (stack.setup.ts) did not run');
  return url;
};

/** The demo account of a role (deploy/demo/accounts.mjs, as `npm start` prints them; the global setup passes them on). */
export function account(role: string): DemoAccount {
  const accounts = JSON.parse(process.env['BACKOFFICE_ACCOUNTS'] ?? '[]') as DemoAccount[];
  const found = accounts.find((a) => a.roles.includes(role));
  if (!found) throw new Error(`no demo account has the role ${role}`);
  return found;
}

/** Signs in through the sign-in page (in English; switchLanguage changes it after) and waits for the signed-in layout. */
export async function signInThroughPage(page: Page, role: string): Promise<void> {
  const { username, password } = account(role);
  await page.goto(`${baseUrl()}/sign-in`);
  await page.evaluate(CHOOSE_ENGLISH);
  await page.reload();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toContainText(username);
}

/**
 * Signs in as the UI does, without the sign-in page (access.pw.ts tests that page): the gateway's
 * answer sets the refresh cookie in the browser, and the next page the test opens restores the
 * session from it, in English (switchLanguage changes it after). Each load of the UI costs seconds
 * of script on this machine; the page's way took three loads.
 */
export async function signIn(page: Page, role: string): Promise<void> {
  const { username, password } = account(role);
  // English on the first page this tab opens only, so that a chosen language survives later loads
  await page.addInitScript(`try { if (!sessionStorage.getItem('e2e.english')) { ${CHOOSE_ENGLISH}; sessionStorage.setItem('e2e.english', '1'); } } catch { /* about:blank has no storage */ }`);
  const answer = await page.request.post(`${baseUrl()}/api/auth/sign-in`, { data: { username, password } });
  expect(answer.status(), `sign-in of ${username}`).toBe(200);
}

/** Chooses a language with the switch every page shows. */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  await page.getByTestId('language-switch').click();
  await page.locator('.ant-select-item-option', { hasText: LANGUAGE_NAMES[language] }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The page's own content: the layout's main landmark (the outer one, when a page has its own). */
export const mainOf = (page: Page) => page.getByRole('main').first();

/** Waits until nothing on the page is loading (no spinner, no request in flight). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('loading-state')).toHaveCount(0);
}

/**
 * Text a reader would see that is an i18n key, not a translation: `area:some.key`, or `some.key`
 * (what i18next shows for a missing key). Checked in the visible text and in labels, placeholders and titles.
 */
export async function untranslatedKeys(page: Page): Promise<string[]> {
  const texts = await page.evaluate<string[]>(`(() => {
    const attributes = [...document.querySelectorAll('[aria-label],[placeholder],[title],[alt]')]
      .flatMap((el) => ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''));
    return [document.body.innerText, ...attributes, document.title];
  })()`);
  // a word of 2+ letters, a dot, another (an area prefix `dealers:` optional): `list.title`, not `e.g.`
  const KEY = /(?<![A-Za-z0-9_.:@/-])((?:[a-z][A-Za-z0-9]+:)?[a-z][A-Za-z0-9]+(?:\.[a-z][A-Za-z0-9]+)+)(?![A-Za-z0-9_@/-])/g;
  const NOT_KEYS = /\.(xlsx|csv|json|com|cn|tw|hk)$/;
  return [...new Set(texts.flatMap((text) => [...text.matchAll(KEY)].map((m) => m[1]!)).filter((k) => !NOT_KEYS.test(k)))];
}

/** A full-page screenshot into tmp/screenshots/<name>.<language>.png (CI keeps tmp/). */
export async function screenshot(page: Page, name: string, language: Language): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.${language}.png`), fullPage: true });
}

import { SignedInUser } from '../access/signed-in-user';

export interface TestSession {
  accessToken: string;
  /** `aftersales_refresh=<token>`, to send back as the Cookie header. */
  refreshCookie: string;
  user: SignedInUser;
  /** `{ authorization: 'Bearer …' }` for fetch or supertest. */
  headers: { authorization: string };
}

/** POST /api/auth/sign-in; fails the test with the answer when it is not a 200. */
export async function signIn(url: string, username: string, password: string): Promise<TestSession> {
  const answer = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  const body = (await answer.json()) as { accessToken: string; user: SignedInUser };
  if (answer.status !== 200) throw new Error(`sign-in of ${username} answered ${answer.status}: ${JSON.stringify(body)}`);
  return {
    accessToken: body.accessToken, user: body.user,
    refreshCookie: refreshCookieOf(answer.headers),
    headers: { authorization: `Bearer ${body.accessToken}` },
  };
}

/** The `aftersales_refresh=<token>` pair an answer set, or '' when it set none (or cleared it). */
export function refreshCookieOf(headers: Headers): string {
  const set = headers.getSetCookie().find((cookie) => cookie.startsWith('aftersales_refresh='));
  const pair = set?.split(';')[0] ?? '';
  return pair === 'aftersales_refresh=' ? '' : pair;
}

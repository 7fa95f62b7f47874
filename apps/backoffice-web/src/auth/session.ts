import { ApiProblem, problemOf } from '../api/problem';
import { SessionUser } from './roles';

/** POST /api/auth/sign-in and /api/auth/refresh answer this (the refresh token travels in its httpOnly cookie). */
interface TokenAnswer {
  accessToken: string;
  expiresIn: number;
  user?: SessionUser;
}

type Listener = (user: SessionUser | null) => void;

/**
 * The signed-in session. The access token lives in memory only (never storage a script could
 * read); the refresh token is the gateway's httpOnly cookie, so a reload restores the session
 * with one refresh. Concurrent 401s share a single refresh: the refresh token rotates, and a
 * second use of the same one would count as reuse and end the session.
 */
class Session {
  private accessToken: string | null = null;
  private user: SessionUser | null = null;
  private refreshing: Promise<boolean> | null = null;
  private readonly listeners = new Set<Listener>();

  get token(): string | null {
    return this.accessToken;
  }

  get currentUser(): SessionUser | null {
    return this.user;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async signIn(username: string, password: string): Promise<SessionUser> {
    const response = await authPost('/api/auth/sign-in', { username, password });
    if (!response.ok) throw new ApiProblem(problemOf(response.status, await response.json().catch(() => undefined)));
    return this.accept((await response.json()) as TokenAnswer);
  }

  /** One refresh at a time; true when the session goes on, false when the user must sign in again. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.doRefresh().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  async signOut(): Promise<void> {
    await authPost('/api/auth/sign-out').catch(() => undefined); // signed out locally whatever the network says
    this.end();
  }

  /** Forget the session (a refused refresh): the guard sends the reader to the sign-in page. */
  end(): void {
    this.accessToken = null;
    this.setUser(null);
  }

  private async doRefresh(): Promise<boolean> {
    try {
      const response = await acrossTabs(() => authPost('/api/auth/refresh'));
      if (!response.ok) return this.end(), false;
      await this.accept((await response.json()) as TokenAnswer);
      return true;
    } catch {
      return this.end(), false;
    }
  }

  private async accept(answer: TokenAnswer): Promise<SessionUser> {
    this.accessToken = answer.accessToken;
    const user = answer.user ?? (await this.me());
    this.setUser(user);
    return user;
  }

  private async me(): Promise<SessionUser> {
    const response = await fetch('/api/auth/me', { headers: { authorization: `Bearer ${this.accessToken}` } });
    if (!response.ok) throw new ApiProblem(problemOf(response.status, await response.json().catch(() => undefined)));
    return (await response.json()) as SessionUser;
  }

  private setUser(user: SessionUser | null): void {
    this.user = user;
    for (const listener of this.listeners) listener(user);
  }
}

/**
 * Tabs share the refresh cookie. Two tabs refreshing at once would both send the same token and
 * the second would count as its reuse, which revokes the session everywhere; a Web Lock makes
 * them take turns, and the second then sends the cookie the first one's answer set.
 */
async function acrossTabs(refresh: () => Promise<Response>): Promise<Response> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? ((await locks.request('aftersales-refresh', refresh)) as Response) : refresh();
}

/** The gateway takes only JSON objects on a POST (a form post is refused 415), so even a refresh sends `{}`. */
function authPost(path: string, body: object = {}): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    credentials: 'same-origin', // the refresh cookie (Path=/api/auth, SameSite=Strict)
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export const session = new Session();

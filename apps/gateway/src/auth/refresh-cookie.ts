import type { CookieOptions, Request, Response } from 'express';
import { GatewayConfig } from '../gateway.settings';

export const REFRESH_COOKIE = 'aftersales_refresh';

/** httpOnly (no script reads it), SameSite=Strict (no other site sends it), only to /api/auth. */
function options(config: GatewayConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/api/auth', secure: config.cookieSecure };
}

export function setRefreshCookie(res: Response, config: GatewayConfig, token: string): void {
  res.cookie(REFRESH_COOKIE, token, { ...options(config), maxAge: config.refreshMinutes * 60_000 });
}

export function clearRefreshCookie(res: Response, config: GatewayConfig): void {
  res.clearCookie(REFRESH_COOKIE, options(config));
}

export function refreshCookie(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

import type { Client } from 'openapi-fetch';
import { api } from '../../api/client';
import type { FundQuarter, RegionBalance } from '../funds/fund-chart-options';

/**
 * The finance pages' routes that the generated schema.d.ts does not hold yet (settlements' GET
 * /funds/{dealerCode}/quarters, /fund-balances and the gateway's accounts routes land
 * in parallel). Typed here by hand, as their briefs give them, on the same client and middleware;
 * each page switches to `api` once `npm run api:client` has generated the route, and this file goes.
 */
type Json<T> = { content: { 'application/json': T } };
type Operation<Query, Body, Answer> = {
  parameters: { query?: Query; header?: never; path?: Record<string, string>; cookie?: never };
  requestBody?: Body extends never ? never : { content: { 'application/json': Body } };
  responses: { 200: Json<Answer>; 201: Json<Answer>; default: Json<unknown> };
};

export interface AccountItem { id: string; username: string; roles: string[]; dealerCode: string | null; disabled: boolean; createdAt: string; updatedAt: string }

interface PendingPaths {
  '/api/funds/{dealerCode}/quarters': { get: Operation<never, never, { dealerCode: string; quarters: FundQuarter[] }> };
  '/api/fund-balances': { get: Operation<{ quarter: string }, never, { quarter: string; regions: RegionBalance[]; totals: Omit<RegionBalance, 'region'> }> };
  '/api/users': {
    get: Operation<never, never, AccountItem[]>;
    post: Operation<never, { username: string; password: string; roles: string[]; dealerCode: string | null }, AccountItem>;
  };
  '/api/users/{username}': { patch: Operation<never, { roles?: string[]; dealerCode?: string | null; disabled?: boolean }, AccountItem> };
  '/api/users/{username}/password': { post: Operation<never, { password: string }, unknown> };
  '/api/auth/password': { post: Operation<never, { currentPassword: string; newPassword: string }, unknown> };
}

export const pendingApi = api as unknown as Client<PendingPaths>;

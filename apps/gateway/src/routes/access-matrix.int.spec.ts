import { MongoClient } from 'mongodb';
import { Action, allows, permissionsOf, Subject } from '../access/permission-table';
import { Role, ROLES, SignedInUser } from '../access/signed-in-user';
import { createAccount, GatewayUnderTest, signIn, startGateway, TEST_PASSWORD } from '../testing';
import type { Document } from './openapi/compose-document';
import { DealerAt, ROUTES } from './route-table';
import { recordFlaggedRepairs } from './testing/feed-flag-samples';
import { ServicesStack, startServicesStack } from './testing/services-stack';

/**
 * OWASP API1 and API5 through the gateway's own document: every operation × every role (and no
 * token) × the dealer user's own dealer, its sub-dealer (reads) and a foreign dealer, each answer
 * checked against what the permission table and the route table say. An operation nobody says
 * what to expect of fails.
 */
const ACTOR_SECRET = 'access-matrix-actor-secret-0123456789';
const OWN = 'D0001';
const SUB = 'D0003';
const FOREIGN = 'D0002';
const DEALERS = [
  { code: OWN, name: '台北一號', region: 'north' },
  { code: FOREIGN, name: '台中二號', region: 'south' },
  { code: SUB, name: '台北分號', region: 'north', parentDealerCode: OWN },
];
const TERMS = { validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true };
/** Each dealer's flag (GET /api/dealers/{dealerCode}/feed-flags/{flagId}); the dismissal is sent `{}` (400 where allowed). */
const flagIds: Record<string, string> = {};
const payment = (dealer: string) => ({ paymentId: `matrix-${dealer}`, dealerCode: dealer, receivedOn: '2026-05-05', amountFen: 100_000 });
/** A unit every dealer of the matrix sees: delivered to the foreign dealer, carded by the own dealer naming its sub-dealer. */
const UNIT = 'MATRIX-UNIT';
const card = (dealer: string, serialNo = `MATRIX-CARD-${dealer}`, more: object = {}) =>
  ({ cardNo: `C-${serialNo}`, serialNo, model: 'LQ-690K', saleDate: '2026-03-10', customerName: '王小明', ...more });
/** Each dealer's feed submission (a file refused whole, so it needs no reference data): the sample of `{submissionId}`. */
const submissions: Record<string, string> = {};
const UPLOAD = 'matrix-upload';
/** The path parameters besides the dealer: a sample that exists for the dealer the case is about. */
const sampleOf = (name: string, dealer: string): string | undefined =>
  ({ submissionId: submissions[dealer], uploadId: UPLOAD, kind: 'repairs', username: 'matrix-auditor', flagId: flagIds[dealer] || 'none', serialNo: UNIT, itemCode: PRICE_LINE.code, version: '1', requisitionId: REQUISITION, shipmentId: 'none' } as Record<string, string | undefined>)[name];

/** The price list's line of the matrix (version 1), and a second one a withdrawal is sent for. */
const PRICE_LINE = { code: 'MATRIX-P1', kind: 'part', name: '列印頭', unitPriceFen: 48_000, effectiveFrom: '2026-06-01', reason: 'matrix' };
const WITHDRAWN = { code: 'MATRIX-P2', effectiveFrom: '2026-06-01', reason: 'matrix' };
/** Each dealer's requisition (`{requisitionId}`): one line of the matrix's part, for its stock. */
const REQUISITION = 'MATRIX-REQ';
const requisition = () => ({ requisitionId: REQUISITION, urgency: 'monthly', lines: [{ code: PRICE_LINE.code, quantity: 1, purpose: 'stock', supply: 'sale' }] });

interface Expectation { action: Action; subject: Subject; dealer?: DealerAt; body?: (dealer: string) => unknown }

/** The gateway's own operations (sign-in and accounts: gw-auth's @Permission on each). */
const OWN_OPERATIONS: Record<string, Expectation | 'public' | 'signed-in'> = {
  'GET /health': 'public',
  'GET /metrics': 'public',
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/refresh': 'public',
  'POST /api/auth/sign-out': 'public',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/password': 'signed-in',
  'GET /api/users': { action: 'read', subject: 'Account' },
  'POST /api/users': { action: 'create', subject: 'Account' },
  'PATCH /api/users/{username}': { action: 'update', subject: 'Account' },
  'POST /api/users/{username}/password': { action: 'update', subject: 'Account' },
  'GET /api/dealers/{code}/history': { action: 'read', subject: 'DealerHistory', dealer: { in: 'path', name: 'code' } },
};
/** Valid bodies of the forwarded writes: anything else is sent `{}`, and may answer 400. */
const BODIES: Record<string, (dealer: string) => unknown> = {
  'POST /api/dealers': (dealer) => DEALERS.find((d) => d.code === dealer),
  'POST /api/dealers/{code}/agreements': () => TERMS,
  'POST /api/payments': payment,
  'POST /api/unit-deliveries': (dealer) => ({ dealerCode: dealer, receivedOn: '2026-03-02', units: [{ serialNo: `MATRIX-SN-${dealer}`, model: 'LQ-690K' }] }),
  'POST /api/dealers/{code}/warranty-cards': (dealer) => card(dealer),
  'POST /api/price-list/changes': () => PRICE_LINE,
  'POST /api/price-list/withdrawals': () => WITHDRAWN,
  'POST /api/dealers/{dealerCode}/requisitions': requisition,
};

function expectationOf(operation: string): Expectation | 'public' | 'signed-in' | undefined {
  const route = ROUTES.find((r) => `${r.method} /api${r.path}` === operation);
  if (route) return { action: route.action, subject: route.subject, dealer: route.dealer, body: BODIES[operation] };
  return OWN_OPERATIONS[operation];
}

type Parameter = { name: string; in: string; required?: boolean; example?: unknown; schema?: { example?: unknown } };
interface Case { operation: string; role: Role | 'no token'; dealer?: string; method: string; url: string; body: unknown; expected: string }

const userOf = (role: Role): SignedInUser => ({ id: role, username: `matrix-${role}`, roles: [role], dealerCode: role === 'dealer' ? OWN : null, source: 'password' });

/** The answer the tables call for: a status, `2xx`, `2xx or 400` (no valid body sent), `empty page`, or `< 500` (public). */
function expected(expectation: Exclude<ReturnType<typeof expectationOf>, undefined>, role: Role | 'no token', dealer: string | undefined, sentBody: boolean): string {
  if (expectation === 'public') return '< 500';
  if (role === 'no token') return '401';
  const ok = sentBody ? '2xx' : '2xx or 400';
  if (expectation === 'signed-in') return ok;
  const permissions = permissionsOf(userOf(role), role === 'dealer' ? [SUB] : []);
  if (!allows(permissions, expectation.action, expectation.subject)) return '403';
  if (!expectation.dealer || dealer === undefined || allows(permissions, expectation.action, expectation.subject, dealer)) return ok;
  return expectation.dealer.in === 'list' && expectation.dealer.emptyPage ? 'empty page' : '404';
}

function casesOf(document: Document): Case[] {
  const cases: Case[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, { parameters?: Parameter[] }>)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const operation = `${method.toUpperCase()} ${path}`;
      const expectation = expectationOf(operation);
      if (!expectation) throw new Error(`${operation} has no expectation: add it to the route table or OWN_OPERATIONS`);
      const at = typeof expectation === 'object' ? expectation.dealer : undefined;
      // Reads also of the dealer user's sub-dealer (it reads them); writes of its own and a foreign dealer.
      const dealers = at?.in === 'list' ? [undefined, OWN, SUB, FOREIGN] : method === 'get' ? [OWN, SUB, FOREIGN] : [OWN, FOREIGN];
      for (const dealer of at ? dealers : [undefined]) {
        const query = new URLSearchParams();
        for (const p of op.parameters ?? []) {
          if (p.in === 'query' && p.required) query.set(p.name, String(p.example ?? p.schema?.example ?? ''));
        }
        if (at?.in === 'list' && dealer) query.set(at.name, dealer);
        const url = path.replace(/\{(code|dealerCode)\}/g, dealer ?? OWN).replace(/\{(\w+)\}/g, (all, name: string) => sampleOf(name, dealer ?? OWN) ?? all)
          + (query.size ? `?${query}` : '');
        const bodyOf = typeof expectation === 'object' ? expectation.body : undefined;
        // An upload route gets a form without its file: refused 400 where the role may import.
        const empty = ROUTES.some((r) => r.streamed && `${r.method} /api${r.path}` === operation) ? new FormData() : {};
        const body = method === 'get' ? undefined : (bodyOf?.(dealer ?? OWN) ?? empty);
        for (const role of [...ROLES, 'no token' as const]) {
          cases.push({ operation, role, dealer, method: method.toUpperCase(), url, body, expected: expected(expectation, role, dealer, method === 'get' || !!bodyOf) });
        }
      }
    }
  }
  return cases;
}

function met(expectation: string, status: number, body: unknown, dealerAt?: DealerAt): boolean {
  if (expectation === '< 500') return status < 500;
  if (expectation === '2xx') return status >= 200 && status < 300;
  if (expectation === '2xx or 400') return (status >= 200 && status < 300) || status === 400;
  if (expectation === 'empty page') return status === 200 && dealerAt?.in === 'list' && JSON.stringify(body) === JSON.stringify(dealerAt.emptyPage);
  return String(status) === expectation;
}

describe('the access matrix: every route of /docs/json × every role × own and foreign dealer', () => {
  let stack: ServicesStack;
  let gateway: GatewayUnderTest;
  const tokens: Record<string, string> = {};

  const send = async (role: string, method: string, url: string, body?: unknown) => {
    const form = body instanceof FormData;
    const headers: Record<string, string> = { ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}), ...(body && !form ? { 'content-type': 'application/json' } : {}) };
    const answer = await fetch(`${gateway.url}${url}`, { method, headers, body: form ? body : body ? JSON.stringify(body) : undefined });
    const text = await answer.text();
    let parsed: unknown = text;
    try { parsed = JSON.parse(text); } catch { /* not JSON: kept as text */ }
    return { status: answer.status, body: parsed };
  };

  beforeAll(async () => {
    stack = await startServicesStack('gwmatrix', { ACTOR_SECRET });
    gateway = await startGateway({ mongoUrl: stack.mongoUrl, mongoDb: stack.dbOf('gateway'), services: stack.urls, env: { ACTOR_SECRET } });
    for (const role of ROLES) {
      const { username } = await createAccount(gateway, { username: `matrix-${role}`, roles: [role], dealerCode: role === 'dealer' ? OWN : null });
      tokens[role] = (await signIn(gateway.url, username, TEST_PASSWORD)).accessToken;
    }
    for (const dealer of DEALERS) expect((await send('service-manager', 'POST', '/api/dealers', dealer)).status).toBe(201);
    for (const dealer of [OWN, FOREIGN, SUB]) expect((await send('service-manager', 'POST', `/api/dealers/${dealer}/agreements`, TERMS)).status).toBe(201);
    // Settlements learns the agreements through Kafka: a payment is accepted once it has them.
    for (const dealer of [OWN, FOREIGN]) {
      const deadline = Date.now() + 30_000;
      while ((await send('finance', 'POST', '/api/payments', payment(dealer))).status === 422 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    }
    expect((await send('service-manager', 'POST', '/api/unit-deliveries', { dealerCode: FOREIGN, receivedOn: '2026-03-02', units: [{ serialNo: UNIT, model: 'LQ-690K' }] })).status).toBe(201);
    expect((await send('service-manager', 'POST', `/api/dealers/${OWN}/warranty-cards`, card(OWN, UNIT, { subDealerCode: SUB }))).status).toBe(201);
    // The dealer user's sub-dealer is in contracts' read model before its scope is cached.
    const deadline = Date.now() + 30_000;
    while ((await send('admin', 'GET', `/api/dealers/${SUB}`)).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    while ((await send('admin', 'GET', `/api/funds/${SUB}`)).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect((await send('parts-clerk', 'POST', '/api/price-list/changes', PRICE_LINE)).status).toBe(201);
    expect((await send('parts-clerk', 'POST', '/api/price-list/changes', { ...PRICE_LINE, code: WITHDRAWN.code })).status).toBe(201);
    while ((await send('admin', 'GET', `/api/price-list/items/${PRICE_LINE.code}`)).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    // parts-logistics learns the dealers through Kafka (404 until then) and prices the part from its price list.
    const partsDeadline = Date.now() + 30_000;
    for (const dealer of [OWN, SUB, FOREIGN]) {
      let answer = await send('parts-clerk', 'POST', `/api/dealers/${dealer}/requisitions`, requisition());
      while (answer.status === 404 && Date.now() < partsDeadline) {
        await new Promise((r) => setTimeout(r, 200));
        answer = await send('parts-clerk', 'POST', `/api/dealers/${dealer}/requisitions`, requisition());
      }
      expect([dealer, answer.status]).toEqual([dealer, 201]);
    }
    await recordFlaggedRepairs(stack, [OWN, SUB, FOREIGN]);
    for (const dealer of [OWN, SUB, FOREIGN]) {
      while (!flagIds[dealer] && Date.now() < deadline + 30_000) {
        const { body } = await send('admin', 'GET', `/api/feed-flags?dealerCode=${dealer}`);
        flagIds[dealer] = (body as { flags?: { flagId: string }[] }).flags?.[0]?.flagId ?? '';
        if (!flagIds[dealer]) await new Promise((r) => setTimeout(r, 200));
      }
    }
    // dealer-feeds learns the dealers and agreements through Kafka: a file refused whole gives each dealer a submission.
    const feedsDeadline = Date.now() + 30_000;
    for (const dealer of [OWN, SUB, FOREIGN]) {
      const form = new FormData();
      form.append('file', new Blob(['not,a,feed\n1,2,3\n']), 'matrix.csv');
      let answer = await send('admin', 'POST', `/api/dealers/${dealer}/feed-submissions?period=2026-05&kind=repairs&uploadId=${UPLOAD}`, form);
      while ((answer.body as { status?: string }).status !== 'rejected' && Date.now() < feedsDeadline) {
        await new Promise((r) => setTimeout(r, 200));
        answer = await send('admin', 'POST', `/api/dealers/${dealer}/feed-submissions?period=2026-05&kind=repairs&uploadId=${UPLOAD}`, form);
      }
      submissions[dealer] = (answer.body as { submissionId: string }).submissionId;
    }
  }, 240_000);
  afterAll(async () => {
    await gateway?.close();
    const mongo = await new MongoClient(stack.mongoUrl).connect();
    await mongo.db(stack.dbOf('gateway')).dropDatabase().catch(() => undefined);
    await mongo.close();
    await stack?.close();
  });

  it('answers every case as the permission table and the route table say', async () => {
    const document = (await send('admin', 'GET', '/docs/json')).body as Document;
    const cases = casesOf(document);
    expect(cases.length).toBeGreaterThan(ROLES.length * ROUTES.length);
    const wrong: string[] = [];
    for (const c of cases) {
      const { status, body } = await send(c.role, c.method, c.url, c.body);
      const expectation = expectationOf(c.operation);
      if (!met(c.expected, status, body, typeof expectation === 'object' ? expectation.dealer : undefined)) {
        wrong.push(`${c.method} ${c.url} as ${c.role}: expected ${c.expected}, got ${status} ${JSON.stringify(body).slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000); // about 1,500 requests, one after another

  it('walks the operations it is given: an operation without an expectation fails', () => {
    expect(() => casesOf({ paths: { '/api/secret': { get: {} } } })).toThrow('GET /api/secret has no expectation');
  });
});

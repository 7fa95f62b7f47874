// Demo: the feeds past their due date without an accepted version recorded overdue at once (the
// service's scheduler would record them FEEDS_OVERDUE_CHECK_MS after its start), so the submissions
// matrix shows them. Idempotent: each deadline is recorded once (docs/feeds.md "Due dates, overdue and the matrix").
import { DEALERS } from './dealers.mjs';
import { call, expectOk, until } from './http.mjs';

export default async function seedOverdue(urls, log = console.log) {
  const feeds = urls['dealer-feeds'];
  // dealer-feeds learns the dealers and their agreements from contracts' events: the check needs them
  const known = await call(feeds, 'GET', '/feed-matrix?from=2026-01&to=2026-01&limit=200');
  if (known.status === 404) return log('demo overdue: dealer-feeds has no submissions matrix (404): none recorded');
  await until(() => call(feeds, 'GET', '/feed-matrix?from=2026-01&to=2026-01&limit=200'), (r) => r.body?.total >= DEALERS.length, 'dealer-feeds to know the demo dealers');
  const answer = await call(feeds, 'POST', '/admin/overdue-checks', {});
  expectOk(answer, 'the overdue check');
  log(`demo overdue: ${answer.body.recorded.length} feeds recorded overdue`);
}

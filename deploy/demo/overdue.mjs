// Demo: the feeds past their due date without an accepted version recorded overdue at once (the
// service's scheduler would record them FEEDS_OVERDUE_CHECK_MS after its start), so the submissions
// matrix shows them. Idempotent: each deadline is recorded once (docs/feeds.md "Due dates, overdue and the matrix").
import { call, expectOk } from './http.mjs';

export default async function seedOverdue(urls, log = console.log) {
  const answer = await call(urls['dealer-feeds'], 'POST', '/admin/overdue-checks', {});
  if (answer.status === 404) return log('demo overdue: dealer-feeds has no overdue check (404): none recorded');
  expectOk(answer, 'the overdue check');
  log(`demo overdue: ${answer.body.recorded.length} feeds recorded overdue`);
}

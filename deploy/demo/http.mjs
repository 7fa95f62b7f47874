// The demo seed's HTTP calls: signed as the actor `demo-seed` when ACTOR_SECRET is set.
import { actorHeaders } from './actor.mjs';

export async function call(base, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...actorHeaders('demo-seed', method, path) },
    body: body && JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  return { status: res.status, body: json };
}

export function expectOk({ status, body }, what) {
  if (status >= 400) throw new Error(`${what}: HTTP ${status} ${JSON.stringify(body)}`);
}

export async function until(probe, accept, what = 'the services to catch up', timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await probe();
    if (accept(res)) return res;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last answer ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}


/** A multipart POST of one file (field `file`), signed like `call`; answers { status, body }. */
export async function postFile(base, path, { name, bytes, type = 'application/octet-stream' }) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: actorHeaders('demo-seed', 'POST', path), body: form });
  const json = await res.json().catch(() => ({}));
  return { status: res.status, body: json };
}

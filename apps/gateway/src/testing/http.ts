/** Small fetch helpers for the gateway's tests. */
export const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

export const patchJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'PATCH', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** The fields a problem names. */
export async function problemFields(answer: Response): Promise<string[]> {
  return ((await answer.json()) as { problems: { field: string }[] }).problems.map((p) => p.field);
}

// Types of actor.mjs, for the TypeScript tests that import it.
export function actorHeaders(actor: string, method: string, path: string, secret?: string, now?: number): Record<string, string>;

// Types of http.mjs, for the TypeScript callers (tests).
export interface Answer { status: number; body: Record<string, unknown> }
export function call(base: string, method: string, path: string, body?: unknown): Promise<Answer>;
export function expectOk(answer: Answer, what: string): void;
export function until(probe: () => Promise<Answer>, accept: (answer: Answer) => boolean, what?: string, timeoutMs?: number): Promise<Answer>;
export function postFile(base: string, path: string, file: { name: string; bytes: Uint8Array; type?: string }): Promise<Answer>;

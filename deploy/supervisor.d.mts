// Types of supervisor.mjs, for the TypeScript tests that import it.
export interface RestartSettings {
  delayMs: number;
  maxDelayMs: number;
  limit: number;
  windowMs: number;
}
export type ExitDecision = { exits: number[]; restart: true; delayMs: number } | { exits: number[]; restart: false };
export function restartSettings(env?: Record<string, string | undefined>): RestartSettings;
export function afterExit(earlierExits: number[], now: number, settings: RestartSettings): ExitDecision;
export function describeExit(code: number | null, signal: string | null): string;
export function seconds(ms: number): string;

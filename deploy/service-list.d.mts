// Types of service-list.mjs, for the TypeScript tests that import it.
export interface ListedService {
  name: string;
  port: number;
  domainLib: boolean;
  description: string;
}
export type ServiceList = Record<string, { port: number; domainLib?: boolean; description: string }>;
export function parseServices(list: ServiceList): ListedService[];
export function envKey(name: string): string;
export function toolPort(service: ListedService, env?: Record<string, string | undefined>): number;
export function domainPaths(services: ListedService[]): Record<string, string[]>;
export const COMPOSE_BEGIN: string;
export const COMPOSE_END: string;
export function composeServices(services: ListedService[]): string;
/** The two written files' texts, as the list writes them. */
export interface SyncedTexts { tsconfig: string; compose: string }
export function syncedTexts(now: SyncedTexts, services: ListedService[]): SyncedTexts;

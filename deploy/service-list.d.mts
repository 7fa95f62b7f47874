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
export function replaceBetween(text: string, begin: string, end: string, block: string, file: string): string;

// Types of feeds.mjs, for the TypeScript tests that import it.
export interface DemoFeedFile { kind?: string; name: string; bytes: Buffer; type: string; expect: 'accepted' | 'rejected'; resaved?: (n: number) => Promise<Buffer> }
export const PERIODS: string[];
export const DEALER_CODES: string[];
export const MODELS: { model: string }[];
export const PARTS: { partNo: string }[];
export const TECHNICIANS: { dealerCode: string; technicianId: string; certificate?: { certificateNo: string; issuedOn: string; expiresOn: string } }[];
export function demoRows(code: string, period: string): Record<string, Record<string, string | number | boolean>[]>;
export function demoFiles(code: string, period: string): Promise<DemoFeedFile[]>;
export default function seedFeeds(urls: Record<string, string>, log?: (line: string) => void): Promise<void>;

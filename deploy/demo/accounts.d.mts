// Types of accounts.mjs, for the TypeScript callers (browser tests, bench).
export interface DemoAccount {
  username: string;
  password: string;
  roles: string[];
  dealerCode?: string;
}
export const DEMO_ACCOUNTS: DemoAccount[];
export function seedDemoAccounts(database: { mongoUrl: string; mongoDb: string }, log?: (message: string) => void): Promise<void>;

// The demo accounts: one per kind of person who uses the back office, for trying it out. DEMO ONLY:
// the passwords are printed by `npm start` and written in the README, so never keep these accounts
// in a real deployment. Opened (when missing) by the gateway's seedDemoAccounts
// (apps/gateway/src/accounts/demo-accounts.ts), run here as its own process on the gateway's database.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const DEMO_ACCOUNTS = [
  { username: 'admin', password: 'demo-admin-2026', roles: ['admin'] },
  { username: 'manager', password: 'demo-manager-2026', roles: ['service-manager'] },
  { username: 'finance', password: 'demo-finance-2026', roles: ['finance'] },
  { username: 'clerk', password: 'demo-clerk-2026', roles: ['parts-clerk'] },
  { username: 'auditor', password: 'demo-auditor-2026', roles: ['auditor'] },
  { username: 'dealer-d0001', password: 'demo-dealer-2026', roles: ['dealer'], dealerCode: 'D0001' },
];

/**
 * Opens the missing demo accounts in the gateway's database (MONGO_URL, GATEWAY_MONGO_DB as the
 * gateway reads them): from the sources with swc in a clone, from dist/ in the Docker image.
 */
export async function seedDemoAccounts({ mongoUrl, mongoDb }, log = console.log) {
  const source = join(root, 'apps/gateway/src/accounts/demo-accounts.ts');
  const fromSource = existsSync(source);
  const module = fromSource ? source : join(root, 'dist/apps/gateway/src/accounts/demo-accounts.js');
  const script = `require(${JSON.stringify(module)})
    .seedDemoAccounts(process.env.MONGO_URL, process.env.GATEWAY_MONGO_DB, JSON.parse(process.env.DEMO_ACCOUNTS))
    .then((opened) => console.log(JSON.stringify(opened)), (error) => { console.error(error); process.exit(1); });`;
  const { stdout } = await promisify(execFile)(process.execPath, [...(fromSource ? ['-r', '@swc-node/register'] : []), '-e', script], {
    cwd: root,
    env: { ...process.env, MONGO_URL: mongoUrl, GATEWAY_MONGO_DB: mongoDb, DEMO_ACCOUNTS: JSON.stringify(DEMO_ACCOUNTS),
      SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
  });
  const opened = JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]');
  log(`demo: ${DEMO_ACCOUNTS.length} demo accounts${opened.length < DEMO_ACCOUNTS.length ? ` (${opened.length} new)` : ''}`);
}

// The end of `npm test`: jest, with the arguments npm test was given (CI's --json --outputFile=…),
// then the browser tests (Playwright in Debian's Chromium against the whole system, apps/e2e/browser).
// Both run even when the first fails; the exit code is 1 when either failed. The browser tests are
// skipped when the arguments pick jest tests by path (`npm test -- apps/gateway`), or BROWSER_TESTS=false.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const run = (script, scriptArgs) => spawnSync(process.execPath, [join(root, script), ...scriptArgs], { cwd: root, stdio: 'inherit' }).status ?? 1;

const jest = run('node_modules/jest/bin/jest.js', args);
// a bare argument is a path pattern; a flag's value (--outputFile=x, or -t x) is not
const picksPaths = args.some((arg, i) => !arg.startsWith('-') && !/^-(t|c|w)$|^--(testNamePattern|config|maxWorkers|outputFile|reporters)$/.test(args[i - 1] ?? ''));
let browser = 0;
if (process.env.BROWSER_TESTS === 'false' || picksPaths) {
  console.log(`browser tests skipped (${picksPaths ? 'the arguments pick jest tests by path' : 'BROWSER_TESTS=false'})`);
} else {
  browser = run('node_modules/@playwright/test/cli.js', ['test', '-c', 'apps/e2e/browser/playwright.config.ts']);
}
process.exit(jest !== 0 || browser !== 0 ? 1 : 0);

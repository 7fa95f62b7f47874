import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `npm run bench`. The path aliases (@aftersales/*) live in tsconfig.base.json, which
 * @swc-node/register reads only when SWC_NODE_PROJECT names it: without it, run once more with it.
 */
if (!process.env['SWC_NODE_PROJECT']) {
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: resolve(__dirname, '../../tsconfig.base.json') },
  });
  process.exit(child.status ?? 1);
} else {
  import('./main')
    .then(({ main }) => main())
    .then(() => {
      process.exitCode = 0;
    })
    .catch((error: unknown) => {
      console.error('bench failed:', error);
      process.exit(1);
    });
}

// One service of `npm start` as a child process: restarted when it exits unasked, with the
// back-off of supervisor.mjs, and given up on when it keeps crashing.
import { spawn } from 'node:child_process';
import { afterExit, describeExit, seconds } from './supervisor.mjs';

const PROBE_TIMEOUT_MS = 2_000; // a port held by something that never answers must not hang the wait
const STOP_GRACE_MS = 15_000; // then SIGKILL: a service that hangs on SIGTERM must not keep npm start alive

/** true once `url`/health answers 2xx. */
export async function isHealthy(url) {
  return fetch(`${url}/health`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) }).then((r) => r.ok, () => false);
}

/** Resolves when `url` is healthy; rejects after `timeoutMs`, or at once when `gone()` says to stop waiting. */
export async function waitHealthy(name, url, timeoutMs, gone = () => false) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone()) {
    if (await isHealthy(url)) return;
    await new Promise((done) => setTimeout(done, 300));
  }
  throw new Error(`${name} did not become healthy within ${seconds(timeoutMs)} (${url}/health)`);
}

export class ServiceProcess {
  /**
   * @param {{ name: string, url: string, command: string, args: string[], options: import('node:child_process').SpawnOptions,
   *   settings: ReturnType<import('./supervisor.mjs').restartSettings>, log: (message: string) => void,
   *   giveUp: (reason: string) => void }} spec giveUp is called once, when the policy gives up.
   */
  constructor(spec) {
    this.spec = spec;
    this.exits = [];
    this.restarts = 0;
    this.stopping = false;
  }

  start() {
    const { name, command, args, options, log } = this.spec;
    const child = spawn(command, args, options);
    this.child = child;
    log(`${name} started (pid ${child.pid})`);
    child.once('exit', (code, signal) => this.exited(code, signal));
  }

  exited(code, signal) {
    this.child = undefined;
    if (this.stopping) return;
    const { name, settings, log, giveUp } = this.spec;
    const next = afterExit(this.exits, Date.now(), settings);
    this.exits = next.exits;
    if (!next.restart) {
      giveUp(`${name} exited (${describeExit(code, signal)}): ${next.exits.length} exits within ${seconds(settings.windowMs)}, ` +
        `more than RESTART_LIMIT=${settings.limit}; giving up`);
      return;
    }
    this.restarts += 1;
    log(`${name} exited (${describeExit(code, signal)}); restarting in ${seconds(next.delayMs)} (restart ${this.restarts})`);
    this.timer = setTimeout(() => this.restart(), next.delayMs);
  }

  restart() {
    if (this.stopping) return;
    this.start();
    const { name, url, log } = this.spec;
    const child = this.child;
    // Only this run of it counts: a crash or a stop ends the watch.
    waitHealthy(name, url, Number.POSITIVE_INFINITY, () => this.stopping || this.child !== child)
      .then(() => log(`${name} is healthy again`), () => undefined);
  }

  /** Stops it for good (no restart): SIGTERM, SIGKILL after a grace period. */
  async stop() {
    this.stopping = true;
    clearTimeout(this.timer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    const killer = setTimeout(() => {
      this.spec.log(`${this.spec.name} did not stop within ${seconds(STOP_GRACE_MS)} of SIGTERM; killing it`);
      child.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await exited;
    clearTimeout(killer);
  }
}

import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

export interface ServiceProcessOptions {
  /** apps/<service>/src/main.ts */
  service: string;
  port: number;
  /** Settings on top of this process's environment (KAFKA_BROKERS, MONGO_URL, TOPIC_PREFIX, …). */
  env: Record<string, string>;
  /** stdout and stderr are appended here, across restarts. */
  logFile: string;
}

/**
 * A service as `npm start` runs it: its own Node process (`node -r @swc-node/register
 * apps/<service>/src/main.ts`), which a test can kill with SIGKILL and start again.
 */
export class ServiceProcess {
  readonly url: string;
  private child?: ChildProcess;

  constructor(private readonly options: ServiceProcessOptions) {
    this.url = `http://127.0.0.1:${options.port}`;
  }

  get pid(): number | undefined {
    return this.child && this.child.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  start(): void {
    if (this.pid) throw new Error(`${this.options.service} already runs (pid ${this.pid})`);
    const log = openSync(this.options.logFile, 'a');
    try {
      this.child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, `apps/${this.options.service}/src/main.ts`)], {
        cwd: ROOT,
        env: {
          ...process.env, ...this.options.env, PORT: String(this.options.port), HOST: '127.0.0.1',
          SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json'),
        },
        stdio: ['ignore', log, log],
      });
    } finally {
      closeSync(log); // the child has its own copy
    }
  }

  /** SIGKILL, as a crash would: no shutdown hook runs. Returns when the process is gone. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** SIGTERM (the service drains), SIGKILL after `timeoutMs`. */
  async stop(timeoutMs = 15_000): Promise<void> {
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), timeoutMs);
    await this.signal('SIGTERM');
    clearTimeout(timer);
  }

  /** Milliseconds until GET /health gets any HTTP answer (up or down), or throws after `timeoutMs`. */
  async answersHttp(timeoutMs: number): Promise<number> {
    return this.poll(timeoutMs, () => true, 'any HTTP answer');
  }

  /** Milliseconds until GET /health answers 200. */
  async healthy(timeoutMs: number): Promise<number> {
    return this.poll(timeoutMs, (status) => status === 200, 'a 200 from /health');
  }

  private async poll(timeoutMs: number, accept: (status: number) => boolean, what: string): Promise<number> {
    const started = Date.now();
    let last = 'no answer';
    while (Date.now() - started < timeoutMs) {
      if (!this.pid) throw new Error(`${this.options.service} exited (${this.child?.exitCode}); see ${this.options.logFile}`);
      const status = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status, () => 0);
      if (status && accept(status)) return Date.now() - started;
      if (status) last = `HTTP ${status}`;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.options.service} gave no ${what} within ${timeoutMs} ms (last: ${last}); see ${this.options.logFile}`);
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  }
}

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** A TCP port nothing listens on right now, outside the ephemeral range (another process could still take it later). */
export async function freePort(): Promise<number> {
  // Below Linux's ephemeral range (32768-60999): a port the kernel handed out as "free" can be
  // taken a moment later as the local port of some outgoing connection (a Kafka client's), and a
  // service restarted on it failed with EADDRINUSE. Ports here are only ever given on request.
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const server = createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) {
      await new Promise((done) => server.close(done));
      return port;
    }
  }
  throw new Error('no free port between 20000 and 32000 after 100 tries');
}

/** Runs a command without blocking the event loop; rejects with its output when it fails. */
export async function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<string> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${signal ?? code}):\n${output}`);
  return output;
}

/** The process exists and is not a zombie (a killed server whose parent is gone may linger as one). */
export function processRuns(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** `kill -9` and wait until the process is gone. */
export async function killHard(pid: number, timeoutMs = 10_000): Promise<void> {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + timeoutMs;
  while (processRuns(pid)) {
    if (Date.now() > deadline) throw new Error(`pid ${pid} still runs ${timeoutMs} ms after SIGKILL`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

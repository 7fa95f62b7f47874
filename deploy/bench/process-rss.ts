import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The pid listening on 127.0.0.1:`port` (ss, iproute2). */
export function listeningPid(port: number): number {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`no process listens on port ${port}: ${out.trim() || '(ss printed nothing)'}`);
  return Number(pid);
}

/** The peak resident set (VmHWM) of the service listening on `port`, in MiB. */
export function serviceRss(port: number): number {
  const status = readFileSync(`/proc/${listeningPid(port)}/status`, 'utf8');
  const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  if (!kib) throw new Error('VmHWM is not in /proc/<pid>/status');
  return Math.round(Number(kib) / 1024);
}

import { closeSync, openSync, readSync, statSync } from 'node:fs';

export const logSize = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/**
 * The distinct warnings and errors a service logged after byte `from` of its log, most
 * frequent first, with their counts: what a failed fault shows about why.
 */
export function summariseLog(file: string, from: number, top = 12, maxBytes = 8 * 1024 * 1024): string[] {
  const size = logSize(file);
  const length = Math.min(size - from, maxBytes);
  if (length <= 0) return [];
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, from);
  } finally {
    closeSync(fd);
  }
  const counts = new Map<string, number>();
  for (const line of buffer.toString('utf8').split('\n')) {
    const key = describe(line);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, n]) => `${String(n).padStart(6)} × ${key}`);
}

function describe(line: string): string | undefined {
  if (!line.trim()) return undefined;
  try {
    const entry = JSON.parse(line) as Record<string, unknown>;
    if (entry['level'] !== 'warn' && entry['level'] !== 'error') return undefined;
    const error = entry['error'] ?? entry['reason'];
    return `${entry['level']} [${entry['context'] ?? ''}] ${String(entry['msg']).slice(0, 140)}${error ? ` (${String(error).slice(0, 140)})` : ''}`;
  } catch {
    return `raw: ${line.slice(0, 160)}`;
  }
}

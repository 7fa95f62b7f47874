import { MongoClient } from 'mongodb';

interface Stat {
  count: number;
  totalMs: number;
  maxMs: number;
}

/**
 * BENCH_PROFILE=1: time every database command the bench's client sends, by command and
 * collection, to see where the pipeline's time goes (FerretDB answers one write at a time).
 */
export function profileCommands(client: MongoClient): () => string {
  const stats = new Map<string, Stat>();
  const names = new Map<number, string>();
  client.on('commandStarted', (event) => {
    const collection = event.command[event.commandName];
    names.set(event.requestId, `${event.databaseName.replace(/^bench_\d+_/, '')} ${event.commandName} ${typeof collection === 'string' ? collection : ''}`);
  });
  const finish = (event: { requestId: number; duration: number }) => {
    const name = names.get(event.requestId) ?? '?';
    names.delete(event.requestId);
    const stat = stats.get(name) ?? { count: 0, totalMs: 0, maxMs: 0 };
    stat.count++;
    stat.totalMs += event.duration;
    stat.maxMs = Math.max(stat.maxMs, event.duration);
    stats.set(name, stat);
  };
  client.on('commandSucceeded', finish);
  client.on('commandFailed', finish);
  return () => {
    const rows = [...stats.entries()].sort((a, b) => b[1].totalMs - a[1].totalMs).slice(0, 15);
    const lines = rows.map(([name, s]) => `| ${name} | ${s.count} | ${s.totalMs.toFixed(0)} | ${(s.totalMs / s.count).toFixed(1)} | ${s.maxMs.toFixed(0)} |`);
    return ['| database command collection | count | total ms | mean ms | max ms |', '|---|---:|---:|---:|---:|', ...lines].join('\n');
  };
}

import { FeedEncoding, FeedKind, readFeed } from '@aftersales/feeds';
import { open } from 'node:fs/promises';
import { FeedLimits } from '../feed-limits';

const ZIP = Buffer.from([0x50, 0x4b]);

/**
 * The record numbers of the repairs sheet of the same workbook: a parts row may name a repair of
 * this upload (FeedNetwork.lookupsFor). Only a workbook holds several kinds, so only a workbook is
 * read twice, and only when it may hold parts rows; the first reading keeps the numbers alone.
 */
export async function repairRecordsOf(
  path: string, command: { kind?: FeedKind; period: string; encoding?: FeedEncoding }, timeZone: string, limits: FeedLimits,
): Promise<Set<string> | undefined> {
  if (command.kind !== undefined && command.kind !== 'parts') return undefined;
  if (!(await startsWith(path, ZIP))) return undefined;
  const records = new Set<string>();
  const reading = readFeed(path, { period: command.period, timeZone, maxBytes: limits.maxBytes, maxRows: limits.maxRows });
  for await (const record of reading) if (record.kind === 'repairs') records.add(record.data.record_no);
  return records;
}

async function startsWith(path: string, magic: Buffer): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(magic.length);
    await file.read(head, 0, magic.length, 0);
    return head.equals(magic);
  } finally {
    await file.close();
  }
}

// The demo feed files read by the feeds library as the service reads them: every file the demo
// expects accepted is, with the demo network's models, parts and certificates as lookups.
import { readFeed } from '@aftersales/feeds';
import type { FeedKind } from '@aftersales/feeds';
import { DEALER_CODES, demoFiles, demoRows, MODELS, PARTS, PERIODS, TECHNICIANS } from './feeds.mjs';

const certified = (on: string) => new Set(TECHNICIANS.filter((t) => t.certificate && t.certificate.expiresOn >= on).map((t) => t.certificate!.certificateNo));

async function read(bytes: Buffer, period: string, kind?: string) {
  const reading = readFeed(bytes, {
    period, ...(kind ? { kind: kind as FeedKind } : {}),
    lookups: { isKnownModel: (m) => MODELS.some((x) => x.model === m), isKnownPart: (p) => PARTS.some((x) => x.partNo === p),
      technicianStatus: (id) => (certified(`${period}-01`).has(id) ? 'certified' : 'uncertified') },
  });
  const kinds = new Map<string, number>();
  for await (const record of reading) kinds.set(record.kind, (kinds.get(record.kind) ?? 0) + 1);
  return { summary: await reading.summary(), kinds };
}

describe('the demo feeds', () => {
  const cases = PERIODS.flatMap((period) => DEALER_CODES.map((code) => [code, period] as const));

  it.each(cases)('%s %s: every file reads as the demo expects, every kind of the month in it', async (code, period) => {
    const rows = demoRows(code, period);
    for (const file of await demoFiles(code, period)) {
      const { summary, kinds } = await read(file.bytes, period, file.kind);
      const errors = summary.problems.filter((p) => p.severity === 'error').map((p) => `${file.name} row ${p.row} ${p.column}: ${p.code}`);
      if (file.expect === 'rejected') {
        expect(errors.length).toBeGreaterThan(0);
        continue;
      }
      expect(errors).toEqual([]);
      const expected = file.kind ? [file.kind] : Object.keys(rows);
      for (const kind of expected) if (!file.name.endsWith('-v1.csv')) expect([kind, kinds.get(kind) ?? 0]).toEqual([kind, rows[kind]!.length]);
    }
  });

  it('are the same bytes every time (the service answers the same file with its first result)', async () => {
    const [first] = await demoFiles('D0005', '2026-09');
    await new Promise((resolve) => setTimeout(resolve, 2100)); // a zip entry's time has two-second steps
    const [again] = await demoFiles('D0005', '2026-09');
    expect(again!.bytes.equals(first!.bytes)).toBe(true);
  });

  it.each([['D0001', 'CSV'], ['D0004', 'JSON Lines'], ['D0005', 'XLSX']])('%s saves its %s again as other bytes with the same rows (sent again when the service did not know the network yet)', async (code) => {
    const [file] = await demoFiles(code, '2026-09');
    const again = await file!.resaved!(2);
    expect(again.equals(file!.bytes)).toBe(false);
    const first = await read(file!.bytes, '2026-09', file!.kind);
    const second = await read(again, '2026-09', file!.kind);
    expect(second.summary.problems).toEqual(first.summary.problems);
    expect([...second.kinds]).toEqual([...first.kinds]);
  });

  it('send D0001\'s August repairs twice: the second corrects one job, adds one and withdraws one', async () => {
    const [v1, v2] = (await demoFiles('D0001', '2026-08')).filter((f) => f.kind === 'repairs');
    const keysOf = async (bytes: Buffer) => new Map((await collect(bytes)).map((r) => [r['record_no'], r['labour_fee']]));
    const before = await keysOf(v1!.bytes);
    const after = await keysOf(v2!.bytes);
    expect([...after.keys()].filter((k) => !before.has(k))).toHaveLength(1);
    expect([...before.keys()].filter((k) => !after.has(k))).toEqual(['RD0001-202608-090']);
    expect([...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k))).toHaveLength(1);
  });

  it('leave D0006\'s September surveys unsent and reject D0004\'s September opinions', async () => {
    expect((await demoFiles('D0006', '2026-09')).map((f) => f.kind)).not.toContain('satisfaction');
    expect((await demoFiles('D0004', '2026-09')).filter((f) => f.expect === 'rejected').map((f) => f.kind)).toEqual(['opinions']);
  });
});

async function collect(bytes: Buffer): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for await (const { data } of readFeed(bytes, { kind: 'repairs', period: '2026-08' })) rows.push(data as unknown as Record<string, unknown>);
  return rows;
}

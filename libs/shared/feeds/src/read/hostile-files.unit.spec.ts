import { Readable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { validateFeed } from '../index';
import { csv, sampleRows, xlsxBytes } from '../testing/feed-fixtures';

const codes = async (input: Buffer | Readable, options = {}) => (await validateFeed(input, { kind: 'parts', ...options })).problems.map((p) => p.code);

/** An endless CSV stream: the limit must cut it without reading it all. */
function endlessCsv(): Readable {
  let i = 0;
  return new Readable({
    read() {
      const batch = Array.from({ length: 1000 }, (_, j) => `R-${i}-${j},P-1,1\r\n`).join('');
      this.push(i++ === 0 ? 'record_no,part_no,qty\r\n' : batch);
    },
  });
}

/** A minimal zip with one stored/deflated entry (enough for the preflight's checks). */
function zipWith(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const localPart = Buffer.concat([local, nameBytes, data]);
  const centralPart = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, centralPart, end]);
}

describe('given a hostile or broken file, then a clear error and never a crash or a hang', () => {
  it('an endless stream is cut at maxBytes', async () => {
    expect(await codes(endlessCsv(), { maxBytes: 1024 * 1024 })).toEqual(['file-too-large']);
  });

  it('too many rows stop the read at maxRows', async () => {
    expect(await codes(endlessCsv(), { maxRows: 5000 })).toEqual(['too-many-rows']);
  });

  it('a binary file renamed .csv', async () => {
    expect(await codes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]), { format: 'csv' })).toEqual(['binary-file']);
  });

  it('an old .xls workbook is refused by name', async () => {
    expect(await codes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual(['xls-file']);
  });

  it('an empty file', async () => {
    expect(await codes(Buffer.alloc(0))).toEqual(['empty-file']);
  });

  it('a CSV declared UTF-8 but written in GBK shows which cells are unreadable', async () => {
    const file = iconv.encode('record_no,part_no,qty\r\n維修,P-1,1\r\n', 'gbk');
    const { problems } = await validateFeed(file, { kind: 'parts', encoding: 'utf-8' });
    expect(problems).toEqual([expect.objectContaining({ row: 2, column: 'record_no', code: 'bad-encoding' })]);
  });

  it('ragged rows', async () => {
    const file = csv([['record_no', 'part_no', 'qty'], ['R-1', 'P-1'], ['R-2', 'P-1', '1', 'extra']]);
    const { problems } = await validateFeed(file, { kind: 'parts' });
    expect(problems.map((p) => [p.row, p.code])).toEqual([[2, 'ragged-row'], [3, 'ragged-row']]);
  });

  it('an unterminated quote', async () => {
    const file = Buffer.from('record_no,part_no,qty\r\nR-1,P-1,1\r\n"R-2,P-1,1\r\nR-3,P-1,1\r\n');
    expect(await codes(file)).toContain('unterminated-quote');
  });

  it('an unterminated quote in a big file ends at the record limit, not at the end of memory', async () => {
    const file = Buffer.concat([Buffer.from('record_no,part_no,qty\r\n"R-1,'), Buffer.alloc(3 * 1024 * 1024, 'a')]);
    expect(await codes(file)).toEqual(['unterminated-quote']);
  });

  it('a truncated XLSX', async () => {
    const whole = await xlsxBytes([{ kind: 'parts', rows: sampleRows('parts', 50) }]);
    expect(await codes(whole.subarray(0, Math.floor(whole.length * 0.6)))).toEqual(['corrupt-xlsx']);
  });

  it('a corrupt XLSX (bytes overwritten in the middle)', async () => {
    const file = Buffer.from(await xlsxBytes([{ kind: 'parts', rows: sampleRows('parts', 50) }]));
    file.fill(0x55, 200, 1200);
    expect(await codes(file)).toEqual([expect.stringMatching(/corrupt-xlsx|zip-bomb/)]);
  });

  it('a zip bomb (an entry that inflates far beyond the limit)', async () => {
    const bomb = zipWith('xl/worksheets/sheet1.xml', Buffer.alloc(8 * 1024 * 1024));
    expect(await codes(bomb, { maxUncompressedBytes: 1024 * 1024 })).toEqual(['zip-bomb']);
  });

  it('a zip without a workbook', async () => {
    expect(await codes(zipWith('hello.txt', Buffer.from('hi')))).toEqual(['corrupt-xlsx']);
  });
});

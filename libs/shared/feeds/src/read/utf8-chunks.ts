/**
 * Re-cuts a byte stream so that no chunk ends inside a UTF-8 character. exceljs 4.4's
 * streaming reader decodes each inflated chunk on its own (utils/parse-sax.js), which turns
 * a Chinese character split across two chunks into U+FFFD; whole characters per chunk avoid it.
 */
export async function* utf8Chunks(chunks: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const cut = wholeCharactersEnd(bytes);
    if (cut > 0) yield bytes.subarray(0, cut);
    carry = Buffer.from(bytes.subarray(cut));
  }
  if (carry.length > 0) yield carry;
}

/** The length of the longest prefix made of whole UTF-8 characters. */
export function wholeCharactersEnd(bytes: Buffer): number {
  const end = bytes.length;
  for (let start = end - 1; start >= 0 && start >= end - 4; start--) {
    const byte = bytes[start];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return start + length <= end ? end : start;
  }
  return end;
}

const ERROR_TYPE = Buffer.from(' t="e"');
const STRING_TYPE = Buffer.from(' t="str"');
const TAG_END = 0x3e; // '>'

/**
 * A worksheet's XML cut after whole tags, with error cells (`t="e"`) turned into formula
 * string cells: exceljs 4.4 reads a formula's saved error (`#N/A`) as parseFloat → NaN and
 * so loses it; as a string result it keeps its text, which the reader names.
 */
export async function* sheetXmlChunks(chunks: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const lastTag = bytes.lastIndexOf(TAG_END);
    const cut = lastTag >= 0 ? lastTag + 1 : wholeCharactersEnd(bytes);
    if (cut > 0) yield errorCellsAsText(bytes.subarray(0, cut));
    carry = Buffer.from(bytes.subarray(cut));
  }
  if (carry.length > 0) yield errorCellsAsText(carry);
}

/** The attribute at `at` is one of a `<c ...>` tag, not text that happens to read the same. */
function inCellTag(bytes: Buffer, at: number): boolean {
  const open = bytes.lastIndexOf(0x3c, at); // '<'
  return open >= 0 && bytes[open + 1] === 0x63 && bytes[open + 2] === 0x20 && bytes.lastIndexOf(TAG_END, at) < open; // 'c', ' '
}

function errorCellsAsText(bytes: Buffer): Buffer {
  let at = bytes.indexOf(ERROR_TYPE);
  if (at < 0) return bytes; // the usual sheet: no copy
  const parts: Buffer[] = [];
  let from = 0;
  while (at >= 0) {
    if (inCellTag(bytes, at)) {
      parts.push(bytes.subarray(from, at), STRING_TYPE);
      from = at + ERROR_TYPE.length;
    }
    at = bytes.indexOf(ERROR_TYPE, at + ERROR_TYPE.length);
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

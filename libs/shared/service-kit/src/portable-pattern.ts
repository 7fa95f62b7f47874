const ASCII: Record<string, string> = { d: '0-9', w: 'A-Za-z0-9_' };

/**
 * An ECMAScript pattern (without the u flag) written so that every JSON Schema reader means
 * the same by it: `\d` and `\w` are ASCII in JavaScript but Unicode in Python and Rust, where
 * a fuzzer or a client generator would read `١٢٣٤` as four digits. They are spelled out.
 */
export function portablePattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      const ascii = ASCII[next];
      out += ascii ? (inClass ? ascii : `[${ascii}]`) : `\\${next}`;
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

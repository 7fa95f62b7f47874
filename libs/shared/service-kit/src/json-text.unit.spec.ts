import { offsetBeyondDepth, parseJsonBody, position } from './json-text';

describe('parsing a JSON request body', () => {
  it('counts nesting on the text, ignoring brackets inside strings', () => {
    expect(offsetBeyondDepth('{"a":[[1]]}', 3)).toBeUndefined();
    expect(offsetBeyondDepth('{"a":[[[1]]]}', 3)).toBe(7);
    expect(offsetBeyondDepth('{"a":"[[[[[\\"[[[["}', 2)).toBeUndefined();
    expect(offsetBeyondDepth('[]'.repeat(100), 1)).toBeUndefined();
  });

  it('refuses a body nested deeper than the limit before parsing it', () => {
    const parsed = parseJsonBody(`{"a":${'['.repeat(100_000)}`, 32);
    expect(parsed).toEqual({ ok: false, message: 'The request is invalid',
      problems: [{ field: '(body)', reason: 'JSON nested deeper than 32 levels, at line 1, column 37' }] });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": x\n}', 'line 3, column 8'],
    ['{"a": 1,}', 'line 1, column 9'],
    ['{"a": 01}', 'line 1, column 8'],
    ["{'a': 1}", 'line 1, column 2'],
    ['{"a": 1} // note', 'line 1, column 10'],
    ['{"a": "\u0001"}', 'line 1, column 7'], // the string that holds it
    ['{"a":', 'line 1, column 6'],
  ])('names where %j is malformed', (text, where) => {
    const parsed = parseJsonBody(text, 32);
    expect(parsed).toMatchObject({ ok: false, problems: [{ reason: expect.stringContaining(where) }] });
  });

  it.each(['null', '[]', '"x"', '3', 'true'])('refuses %s: the body must be an object', (text) => {
    expect(refusalMessage(text)).toBe('the body must be a JSON object');
  });

  it('refuses keys that reach a prototype at any depth, in objects inside lists too', () => {
    const parsed = parseJsonBody('{"__proto__":{},"a":{"constructor":1},"b":[{"prototype":2}],"c":["__proto__"]}', 32);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.field)).toEqual(['__proto__', 'a.constructor', 'b.0.prototype']);
  });

  it('makes null members undefined (left out, the key kept for whitelisting), but keeps a null list element for validation to refuse', () => {
    const parsed = parseJsonBody('{"a":null,"b":{"c":null,"d":1},"e":[null]}', 32);
    expect(parsed).toStrictEqual({ ok: true, value: { a: undefined, b: { c: undefined, d: 1 }, e: [null] } });
  });

  it('answers a hostile body with a bounded number of problems', () => {
    const body = `{${Array.from({ length: 500 }, (_, i) => `"x${i}":{"__proto__":1}`).join(',')}}`;
    const parsed = parseJsonBody(body, 32);
    expect(parsed.ok ? 0 : parsed.problems.length).toBe(20);
  });

  it('counts lines and columns from 1', () => {
    expect(position('ab\ncd', 0)).toBe('line 1, column 1');
    expect(position('ab\ncd', 4)).toBe('line 2, column 2');
  });
});

function refusalMessage(text: string): string | undefined {
  const parsed = parseJsonBody(text, 32);
  return parsed.ok ? undefined : parsed.message;
}

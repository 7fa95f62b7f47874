import { FieldProblem } from '@aftersales/integration-events';
import { printParseErrorCode, visit } from 'jsonc-parser';

/** The field named by problems that concern the body as a whole. */
export const BODY_FIELD = '(body)';
export const NOT_AN_OBJECT = 'the body must be a JSON object';

/** Keys that reach an object's prototype when a library assigns them: refused like unknown fields. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Enough to say what is wrong without answering with a copy of a hostile body. */
const MAX_PROBLEMS = 20;

export type ParsedBody = { ok: true; value: Record<string, unknown> } | { ok: false; message: string; problems: FieldProblem[] };

/**
 * Parses a request body for the validation that follows. The nesting depth is checked on the
 * text first: class-transformer and class-validator recurse, and a deep `[[[[…` overflows
 * their stack. Explicit `null` members become `undefined` (null means "left out", in every
 * request): the key stays, so an unknown field is refused even when null (the document closes
 * every body), while a known one is as absent as if it had not been sent. Keys that reach a
 * prototype are refused wherever they are.
 */
export function parseJsonBody(text: string, maxDepth: number): ParsedBody {
  const tooDeep = offsetBeyondDepth(text, maxDepth);
  if (tooDeep !== undefined) {
    return bodyProblem('The request is invalid', `JSON nested deeper than ${maxDepth} levels, at ${position(text, tooDeep)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return bodyProblem('The body is not valid JSON', `malformed JSON: ${syntaxError(text, error as Error)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return bodyProblem(NOT_AN_OBJECT, NOT_AN_OBJECT);
  const problems: FieldProblem[] = [];
  dropNullsAndFindPrototypeKeys(value, '', problems);
  if (problems.length) return { ok: false, message: 'The request is invalid', problems };
  return { ok: true, value: value as Record<string, unknown> };
}

function bodyProblem(message: string, reason: string): ParsedBody {
  return { ok: false, message, problems: [{ field: BODY_FIELD, reason }] };
}

/** Where the first container opens beyond `maxDepth`, or undefined; brackets inside strings do not count. */
export function offsetBeyondDepth(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character, a quote too
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}

/** The first syntax error, located by jsonc-parser in strict mode (Node's messages often give no position). */
function syntaxError(text: string, error: Error): string {
  if (text.trim() === '') return 'the body is empty';
  let found: string | undefined;
  visit(text, {
    onError: (code, offset) => {
      found ??= `${humanise(printParseErrorCode(code))} at ${position(text, offset)}`;
    },
  }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return found ?? error.message;
}

function humanise(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** `line 3, column 11` (both from 1), counting UTF-16 units as editors and JSON.parse do. */
export function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** The depth is bounded by then, so the recursion is too. */
function dropNullsAndFindPrototypeKeys(value: object, path: string, problems: FieldProblem[]): void {
  const isList = Array.isArray(value);
  for (const key of Object.keys(value)) {
    if (problems.length >= MAX_PROBLEMS) return;
    const field = path ? `${path}.${key}` : key;
    if (!isList && PROTOTYPE_KEYS.has(key)) {
      problems.push({ field, reason: `property ${key} should not exist` });
      continue;
    }
    const member = (value as Record<string, unknown>)[key];
    if (member === null && !isList) (value as Record<string, unknown>)[key] = undefined;
    else if (member !== null && typeof member === 'object') dropNullsAndFindPrototypeKeys(member, field, problems);
  }
}

import { UnsupportedMediaTypeException } from '@nestjs/common';
import { InputProblems } from './problem.filter';
import { BODY_FIELD, NOT_AN_OBJECT, parseJsonBody } from './json-text';

export interface JsonBodySettings {
  /** Deepest nesting of arrays and objects a body may have (JSON_MAX_DEPTH). */
  maxDepth: number;
  /** Largest body read, in body-parser's notation. */
  limit: string;
}

export function loadJsonBodySettings(env: NodeJS.ProcessEnv = process.env): JsonBodySettings {
  const maxDepth = Number(env['JSON_MAX_DEPTH'] ?? 32);
  if (!Number.isInteger(maxDepth) || maxDepth < 2 || maxDepth > 1000) throw new Error('JSON_MAX_DEPTH must be an integer from 2 to 1000');
  return { maxDepth, limit: '100kb' };
}

interface BodyRequest {
  method: string;
  path: string;
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
}
type Next = (error?: unknown) => void;

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** `application/json; charset=utf-8` → `application/json` (an empty body counts too: express' req.is says null then). */
function mediaType(header: string | string[] | undefined): string {
  return (String(header ?? '').split(';')[0] ?? '').trim().toLowerCase();
}

/**
 * Every request that changes something sends a JSON object: a form or text post gets 415, which
 * also keeps a cross-site form from reaching a command. Runs after body-parser's text reader
 * (size, charset and compression), which leaves `req.body` a string for JSON requests.
 */
export function jsonBodyMiddleware(settings: JsonBodySettings, isUpload: (req: BodyRequest) => boolean = () => false) {
  return (req: BodyRequest, _res: unknown, next: Next) => {
    if (!WITH_BODY.has(req.method)) return next();
    // A file upload route (multipart in its OpenAPI) reads its own body, and only multipart.
    if (isUpload(req)) {
      if (mediaType(req.headers['content-type']) === 'multipart/form-data') return next();
      return next(new UnsupportedMediaTypeException({
        message: 'The body must be multipart/form-data', problems: [{ field: 'content-type', reason: 'must be multipart/form-data' }],
      }));
    }
    if (mediaType(req.headers['content-type']) !== 'application/json') {
      return next(new UnsupportedMediaTypeException({
        message: 'The body must be JSON', problems: [{ field: 'content-type', reason: 'must be application/json' }],
      }));
    }
    if (typeof req.body !== 'string' || req.body === '') {
      return next(new InputProblems([{ field: BODY_FIELD, reason: NOT_AN_OBJECT }], NOT_AN_OBJECT));
    }
    const parsed = parseJsonBody(req.body, settings.maxDepth);
    if (!parsed.ok) return next(new InputProblems(parsed.problems, parsed.message));
    req.body = parsed.value;
    next();
  };
}

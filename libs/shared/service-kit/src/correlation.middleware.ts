import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { storage, Store } from 'nestjs-pino/storage';
import { Options, pinoHttp } from 'pino-http';
import { JsonLogger } from './json-logger';
import { ACTOR_HEADERS, ACTOR_PATTERN, actorVerification, ActorVerificationSettings } from './actor-signature';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/** Probes answered often and by machines: logged at debug while they answer 2xx. */
const PROBES = new Set(['/health', '/metrics']);

type Request = IncomingMessage & { id?: unknown; originalUrl?: string };

function header(req: IncomingMessage, name: string, pattern = SAFE_ID): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

/** Query strings may carry personal data and operators: the path is enough to find the route. */
const pathOf = (req: Request) => (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';

/**
 * pino-http's settings: the correlation id is the request id (`x-correlation-id`, or a new uuid,
 * echoed in the answer), the actor comes from the gateway's `x-actor`; one line per request at
 * info when it ends (method, path without the query, status, duration; `aborted` when the client
 * left first), at debug for healthy probes, warn for a 503, error for a 500.
 */
export function httpLogOptions(logger: JsonLogger): Options<Request, ServerResponse> {
  return {
    logger: logger.pino,
    genReqId: (req, res) => {
      const id = header(req, 'x-correlation-id') ?? randomUUID();
      res.setHeader('x-correlation-id', id);
      return id;
    },
    customProps: (req) => ({ correlationId: req.id, actor: header(req, ACTOR_HEADERS.actor, ACTOR_PATTERN) ?? 'anonymous' }),
    // Lines logged while handling carry the correlation id and actor, not the whole request.
    serializers: { req: () => undefined, res: () => undefined },
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode === 500) return 'error';
      // A 503 says a server or the pipeline is down: /health's report or the service's own lines say why.
      if (res.statusCode > 500) return 'warn';
      return PROBES.has(pathOf(req)) && res.statusCode < 400 ? 'debug' : 'info';
    },
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customSuccessObject: (req, res, fields) => requestLine(req, res, fields),
    customErrorObject: (req, res, _error, fields) => requestLine(req, res, fields),
  };
}

function requestLine(req: Request, res: ServerResponse, fields: { responseTime?: number }) {
  return {
    context: 'http', method: req.method, path: pathOf(req), status: res.statusCode, durationMs: fields.responseTime,
    ...(res.writableFinished ? {} : { aborted: true }),
  };
}

/**
 * pino-http, then nestjs-pino's request scope (its storage, holding the request's logger), as the
 * first middlewares of the app: also a body refused before any route (415, 413, bad JSON) is
 * logged once and answered with its correlation id. LoggerModule is told `useExisting`. With an
 * actor secret, the actor's signature is checked next (401 when it does not hold).
 */
export function correlationMiddlewares(logger: JsonLogger, actor: ActorVerificationSettings = { maxAgeMs: 0 }) {
  const http = pinoHttp(httpLogOptions(logger));
  const scope = (req: Request & { log?: Store['logger'] }, _res: ServerResponse, next: () => void) =>
    storage.run(new Store(req.log ?? logger.pino), next);
  return [http, scope, actorVerification(actor)] as const;
}

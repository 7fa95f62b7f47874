import { Injectable, NestMiddleware } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JsonLogger, requestContext } from './json-logger';

interface MinimalRequest {
  headers: Record<string, string | string[] | undefined>;
  method?: string;
  originalUrl?: string;
  url?: string;
}
interface MinimalResponse {
  setHeader(name: string, value: string): void;
  statusCode?: number;
  once?(event: 'finish' | 'close', listener: () => void): unknown;
}

const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Takes `x-correlation-id` (or makes one), echoes it, scopes the request's logs to it, and logs
 * the request once when it ends: method, path (without the query), status and duration.
 */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  constructor(private readonly logger?: JsonLogger) {}

  use(req: MinimalRequest, res: MinimalResponse, next: () => void) {
    const given = req.headers['x-correlation-id'];
    const correlationId = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
    const actorHeader = req.headers['x-actor'];
    const actor = typeof actorHeader === 'string' && SAFE_ID.test(actorHeader) ? actorHeader : 'anonymous';
    res.setHeader('x-correlation-id', correlationId);
    if (this.logger) this.logWhenDone(req, res, { correlationId, actor });
    requestContext.run({ correlationId, actor }, next);
  }

  private logWhenDone(req: MinimalRequest, res: MinimalResponse, context: { correlationId: string; actor: string }) {
    const started = process.hrtime.bigint();
    let logged = false;
    const done = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      // Query strings may carry personal data and operators: the path is enough to find the route.
      const path = (req.originalUrl ?? req.url ?? '').split('?')[0];
      const fields = { method: req.method, path, status: res.statusCode, durationMs, ...(aborted ? { aborted: true } : {}) };
      requestContext.run(context, () => this.logger?.write('info', `${req.method} ${path} ${res.statusCode}`, 'http', fields));
    };
    res.once?.('finish', () => done(false));
    res.once?.('close', () => done(true));
  }
}

import { Injectable, NestMiddleware } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { requestContext } from './json-logger';

interface MinimalRequest { headers: Record<string, string | string[] | undefined> }
interface MinimalResponse { setHeader(name: string, value: string): void }

const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Takes `x-correlation-id` (or makes one), echoes it, and scopes the request's logs to it. */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(req: MinimalRequest, res: MinimalResponse, next: () => void) {
    const given = req.headers['x-correlation-id'];
    const correlationId = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
    const actorHeader = req.headers['x-actor'];
    const actor = typeof actorHeader === 'string' && SAFE_ID.test(actorHeader) ? actorHeader : 'anonymous';
    res.setHeader('x-correlation-id', correlationId);
    requestContext.run({ correlationId, actor }, next);
  }
}

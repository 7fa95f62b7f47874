import { LoggerService } from '@nestjs/common';
import { storage, Store } from 'nestjs-pino/storage';
import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';

export interface RequestContext {
  correlationId: string;
  actor: string;
}

type Level = 'debug' | 'info' | 'warn' | 'error';

/** `mongodb://user:secret@host` → `mongodb://user:***@host`: the host still says where, the secret is gone. */
export function hideUrlCredentials(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@') : '[Redacted]';
}

/** Fields never written as they are: credentials of a request, and of a server named in the settings. */
const REDACT = {
  paths: [
    'authorization', 'cookie', 'password', '*.authorization', '*.cookie', '*.password',
    'req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie',
    'mongoUrl', '*.mongoUrl', 'MONGO_URL', '*.MONGO_URL', 'actorSecret', '*.actorSecret', 'ACTOR_SECRET', '*.ACTOR_SECRET',
  ],
  censor: (value: unknown, path: string[]) => (/mongo/i.test(path[path.length - 1] ?? '') ? hideUrlCredentials(value) : '[Redacted]'),
};

/** JSON lines: ISO time, the level by name, the service; LOG_LEVEL (default info) filters. */
export function pinoOptions(service: string, level: string): LoggerOptions {
  return {
    level: ['debug', 'info', 'warn', 'error', 'fatal', 'trace', 'silent'].includes(level) ? level : 'info',
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: REDACT,
  };
}

/** The root logger of the last service built in this process: the parent of message scopes. */
let processRoot: Logger | undefined;

/**
 * The request (or message) being handled, kept in nestjs-pino's own storage: every line logged
 * inside `run` (through nestjs-pino's PinoLogger/Logger or a JsonLogger) carries its correlation id
 * and actor. HTTP requests get theirs from pino-http (correlation.middleware.ts); a Kafka handler
 * runs in `requestContext.run({ correlationId, actor }, work)`.
 */
export const requestContext = {
  run<T>(context: RequestContext, work: () => T): T {
    const parent = storage.getStore()?.logger ?? processRoot ?? pino({ level: 'silent' });
    return storage.run(new Store(parent.child({ correlationId: context.correlationId, actor: context.actor })), work);
  },
  /** The correlation id and actor bound to the current scope's logger, if any. */
  getStore(): RequestContext | undefined {
    const bindings = storage.getStore()?.logger.bindings();
    const correlationId = bindings?.['correlationId'];
    if (typeof correlationId !== 'string') return undefined;
    return { correlationId, actor: typeof bindings?.['actor'] === 'string' ? bindings['actor'] : 'anonymous' };
  },
};

/**
 * A service's logger for what runs outside Nest's DI (the Kafka clients, the relay, consumers,
 * start-up): writes through the scope's pino logger (nestjs-pino's storage), so it carries the
 * request's or message's fields, else through the service's root pino logger. Nest itself logs
 * through nestjs-pino's Logger on the same root (service-app.ts).
 */
export class JsonLogger implements LoggerService {
  readonly pino: Logger;

  constructor(readonly service: string, level = process.env['LOG_LEVEL'] ?? 'info', destination?: DestinationStream) {
    this.pino = destination ? pino(pinoOptions(service, level), destination) : pino(pinoOptions(service, level));
    processRoot = this.pino;
  }

  log(message: unknown, context?: string) { this.write('info', message, context); }
  error(message: unknown, trace?: string, context?: string) { this.write('error', message, context, trace ? { trace } : {}); }
  warn(message: unknown, context?: string) { this.write('warn', message, context); }
  debug(message: unknown, context?: string) { this.write('debug', message, context); }
  verbose(message: unknown, context?: string) { this.write('debug', message, context); }

  write(level: Level, message: unknown, context?: string, fields: Record<string, unknown> = {}) {
    (storage.getStore()?.logger ?? this.pino)[level]({ context, ...fields }, typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The shape the kafka and relay libraries log through. */
  forLibrary(context: string) {
    return {
      info: (msg: string, fields?: Record<string, unknown>) => this.write('info', msg, context, fields),
      warn: (msg: string, fields?: Record<string, unknown>) => this.write('warn', msg, context, fields),
      error: (msg: string, fields?: Record<string, unknown>) => this.write('error', msg, context, fields),
    };
  }
}

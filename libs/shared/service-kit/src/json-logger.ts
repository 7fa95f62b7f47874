import { LoggerService } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  correlationId: string;
  actor: string;
}

/** The request (or message) being handled, so every log line carries its correlation id. */
export const requestContext = new AsyncLocalStorage<RequestContext>();

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** One JSON object per line on stdout; LOG_LEVEL (default info) filters. */
export class JsonLogger implements LoggerService {
  private readonly min: number;

  constructor(private readonly service: string, level = process.env['LOG_LEVEL'] ?? 'info') {
    this.min = ORDER[(level as Level)] ?? ORDER.info;
  }

  log(message: unknown, context?: string) { this.write('info', message, context); }
  error(message: unknown, trace?: string, context?: string) { this.write('error', message, context, { trace }); }
  warn(message: unknown, context?: string) { this.write('warn', message, context); }
  debug(message: unknown, context?: string) { this.write('debug', message, context); }
  verbose(message: unknown, context?: string) { this.write('debug', message, context); }

  write(level: Level, message: unknown, context?: string, fields: Record<string, unknown> = {}) {
    if (ORDER[level] < this.min) return;
    const ctx = requestContext.getStore();
    const line = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      context,
      correlationId: ctx?.correlationId,
      msg: typeof message === 'string' ? message : JSON.stringify(message),
      ...fields,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
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

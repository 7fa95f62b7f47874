import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { once } from 'node:events';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { correlationMiddlewares } from './correlation.middleware';
import { JsonLogger, requestContext } from './json-logger';

/** A logger whose JSON lines are kept in `lines`. */
function capturingLogger(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: new JsonLogger('contracts', level, destination) };
}

/** An HTTP server running the correlation middlewares before `handle`. */
async function serve(logger: JsonLogger, handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; server: Server }> {
  const [http, scope] = correlationMiddlewares(logger);
  const server = createServer((req, res) => http(req, res, () => scope(req, res, () => handle(req, res)))).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('request logging (pino-http through nestjs-pino storage)', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  it('logs each request exactly once at info, with method, path, status, duration, correlation id and actor; lines inside carry them', async () => {
    const { lines, logger } = capturingLogger();
    let seen: unknown;
    const { url, server } = await serve(logger, (_req, res) => {
      seen = requestContext.getStore();
      logger.write('info', 'handling', 'handler');
      res.statusCode = 201;
      res.end();
    });
    servers.push(server);
    const answer = await fetch(`${url}/dealers?region=south`, { method: 'POST', headers: { 'x-correlation-id': 'corr-7', 'x-actor': 'finance', authorization: 'Bearer x' } });
    await settle();
    expect(answer.headers.get('x-correlation-id')).toBe('corr-7');
    expect(seen).toEqual({ correlationId: 'corr-7', actor: 'finance' });
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', context: 'handler', msg: 'handling', correlationId: 'corr-7', actor: 'finance', service: 'contracts' }),
      expect.objectContaining({
        level: 'info', context: 'http', correlationId: 'corr-7', actor: 'finance', msg: 'POST /dealers 201',
        method: 'POST', path: '/dealers', status: 201, durationMs: expect.any(Number),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('Bearer');
    expect(lines[1]).not.toHaveProperty('req');
  });

  it('makes a correlation id up when none (or an unsafe one) is given, and logs healthy probes at debug only', async () => {
    const { lines, logger } = capturingLogger();
    const { url, server } = await serve(logger, (_req, res) => res.end());
    servers.push(server);
    const answer = await fetch(`${url}/dealers`, { headers: { 'x-correlation-id': 'bad id with spaces' } });
    await fetch(`${url}/health`);
    await settle();
    const echoed = answer.headers.get('x-correlation-id');
    expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([expect.objectContaining({ msg: 'GET /dealers 200', correlationId: echoed, actor: 'anonymous' })]);
  });

  it('runs a message handler in the scope of its correlation id and actor', () => {
    const { lines, logger } = capturingLogger();
    requestContext.run({ correlationId: 'c-9', actor: 'consumer:settlements.fund-accrual' }, () => {
      expect(requestContext.getStore()).toEqual({ correlationId: 'c-9', actor: 'consumer:settlements.fund-accrual' });
      logger.forLibrary('consumer').warn('retrying', { attempt: 2 });
    });
    expect(requestContext.getStore()).toBeUndefined();
    expect(lines).toEqual([expect.objectContaining({ level: 'warn', context: 'consumer', msg: 'retrying', attempt: 2, correlationId: 'c-9' })]);
  });

  it('hides secrets: passwords, cookies and the credentials of a Mongo URL', () => {
    const { lines, logger } = capturingLogger();
    logger.write('info', 'settings', 'main', { mongoUrl: 'mongodb://app:s3cret@db:27017/', password: 'p', headers: { cookie: 'sid=1' } });
    expect(lines[0]).toMatchObject({ mongoUrl: 'mongodb://app:***@db:27017/', password: '[Redacted]', headers: { cookie: '[Redacted]' } });
  });
});

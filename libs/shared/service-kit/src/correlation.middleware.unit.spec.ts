import { EventEmitter } from 'node:events';
import { CorrelationMiddleware } from './correlation.middleware';
import { JsonLogger, requestContext } from './json-logger';

/** The JSON lines a logger writes while `work` runs. */
async function linesOf(work: (logger: JsonLogger) => Promise<void>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await work(new JsonLogger('contracts', 'info'));
  } finally {
    spy.mockRestore();
  }
  return written.map((line) => JSON.parse(line));
}

function request(headers: Record<string, string> = {}) {
  const res = Object.assign(new EventEmitter(), { statusCode: 200, headers: {} as Record<string, string>,
    setHeader(name: string, value: string) { this.headers[name] = value; } });
  return { req: { headers, method: 'POST', originalUrl: '/dealers?region=south' }, res };
}

describe('CorrelationMiddleware', () => {
  it('logs each request exactly once at info, with method, path, status, duration and the correlation id', async () => {
    const lines = await linesOf(async (logger) => {
      const { req, res } = request({ 'x-correlation-id': 'corr-7' });
      new CorrelationMiddleware(logger).use(req, res, () => {
        expect(requestContext.getStore()?.correlationId).toBe('corr-7');
        res.statusCode = 201;
      });
      res.emit('finish');
      res.emit('close');
    });
    expect(lines).toEqual([expect.objectContaining({
      level: 'info', context: 'http', correlationId: 'corr-7', msg: 'POST /dealers 201',
      method: 'POST', path: '/dealers', status: 201, durationMs: expect.any(Number),
    })]);
  });

  it('makes a correlation id up when none (or an unsafe one) is given, and logs it', async () => {
    let echoed = '';
    const lines = await linesOf(async (logger) => {
      const { req, res } = request({ 'x-correlation-id': 'bad id with spaces' });
      new CorrelationMiddleware(logger).use(req, res, () => undefined);
      echoed = res.headers['x-correlation-id'];
      res.emit('close'); // the client went away before the answer
    });
    expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([expect.objectContaining({ correlationId: echoed, aborted: true })]);
  });
});

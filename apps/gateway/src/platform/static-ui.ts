import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the gateway answers itself; everything else that is a GET is the UI. */
const OWN = /^\/(api|docs|health|metrics)(\/|$)/;

/**
 * The built back-office UI (`npm run build` writes it to GATEWAY_UI_DIR), when it is there:
 * its files, and index.html for any other page a browser asks for (the UI routes itself).
 * Returns whether the UI is served.
 */
export function serveUi(app: NestExpressApplication, uiDir: string): boolean {
  const root = resolve(uiDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    app.use(notFoundOutsideTheApi);
    return false;
  }
  app.useStaticAssets(root, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || OWN.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache'); // the shell names the current build's files
    res.sendFile(index);
  });
  app.use(notFoundOutsideTheApi);
  return true;
}

/**
 * Any other path outside the gateway's own (no route of Nest lives there, so Nest's 404 under
 * /api never sees it): the same 404 problem as under /api, not express' HTML page.
 */
function notFoundOutsideTheApi(req: Request, res: Response, next: NextFunction): void {
  if (OWN.test(req.path)) return next();
  const correlationId = res.getHeader('x-correlation-id');
  res.status(404).json({ statusCode: 404, error: 'NOT_FOUND', message: `Cannot ${req.method} ${req.path}`, problems: [], correlationId });
}

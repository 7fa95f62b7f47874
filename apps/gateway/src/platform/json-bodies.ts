import { jsonBodyMiddleware, JsonBodySettings } from '@aftersales/service-kit';
import type { NextFunction, Request, Response } from 'express';

/**
 * The services' JSON-only body rule (415 for anything else, 400 for bad JSON), except for a
 * request that sends no body at all: POST /api/auth/refresh and /api/auth/sign-out carry only
 * the cookie, and a browser sends them without a content type.
 */
export function jsonBodies(settings: JsonBodySettings) {
  const json = jsonBodyMiddleware(settings);
  return (req: Request, res: Response, next: NextFunction) => {
    const bodiless = req.headers['content-type'] === undefined && req.headers['transfer-encoding'] === undefined
      && (req.headers['content-length'] === undefined || req.headers['content-length'] === '0');
    return bodiless ? next() : json(req, res, next);
  };
}

import { jsonBodyMiddleware, JsonBodySettings } from '@aftersales/service-kit';
import type { NextFunction, Request, Response } from 'express';
import { isStreamedPath } from '../routes/route-table';

/**
 * The services' JSON-only body rule (415 for anything else, 400 for bad JSON), except for a
 * request that sends no body at all: POST /api/auth/refresh and /api/auth/sign-out carry only
 * the cookie, and a browser sends them without a content type; nor for a streamed route of the
 * route table (a multipart upload).
 */
export function jsonBodies(settings: JsonBodySettings) {
  const json = jsonBodyMiddleware(settings);
  return (req: Request, res: Response, next: NextFunction) => {
    const bodiless = req.headers['content-type'] === undefined && req.headers['transfer-encoding'] === undefined
      && (req.headers['content-length'] === undefined || req.headers['content-length'] === '0');
    // A file upload (dealer import, feed submission) goes to its service as it comes; the service reads and limits it.
    const streamed = req.method === 'POST' && isStreamedPath(req.path);
    return bodiless || streamed ? next() : json(req, res, next);
  };
}

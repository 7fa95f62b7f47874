import { HttpException } from '@nestjs/common';
import { errors } from 'undici';

/** Errors of a connection that never reached the service: it is down (503). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ECONNRESET', 'EAI_AGAIN']);

/**
 * A service that did not answer (503: refused, unreachable, too slow) or answered badly (502: cut
 * off, not the JSON it documents). The problem filter writes it like any other problem.
 */
export class UpstreamFailure extends HttpException {
  constructor(readonly service: string, status: 502 | 503, message: string) {
    super({ message, problems: [] }, status);
  }

  static of(service: string, error: unknown): UpstreamFailure {
    if (error instanceof UpstreamFailure) return error;
    const code = (error as { code?: string; cause?: { code?: string } })?.cause?.code ?? (error as { code?: string })?.code ?? '';
    // A pool closed or destroyed: the gateway is shutting down, the request goes unanswered by the service.
    if (UNREACHABLE.has(code) || error instanceof errors.ConnectTimeoutError || error instanceof errors.ClientClosedError || error instanceof errors.ClientDestroyedError) {
      return new UpstreamFailure(service, 503, `The ${service} service does not answer`);
    }
    if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError) {
      return new UpstreamFailure(service, 503, `The ${service} service did not answer in time`);
    }
    return new UpstreamFailure(service, 502, `The ${service} service answered badly`);
  }
}

import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Dispatcher, errors, Pool } from 'undici';
import { GatewayConfig } from '../../gateway.settings';
import { UpstreamFailure } from './upstream-failure';

export type UpstreamRequest = Omit<Dispatcher.RequestOptions, 'origin'>;

/**
 * One keep-alive connection pool per routed service (undici): the gateway's forwarding cost is a
 * request on an open connection, not a new TCP handshake each time (the bench holds the gateway to
 * 0.7x a service's direct throughput).
 */
@Injectable()
export class Upstreams implements OnModuleDestroy {
  private readonly pools = new Map<string, Pool>();
  private readonly timeoutMs: number;

  constructor(private readonly config: GatewayConfig) {
    this.timeoutMs = config.upstreamTimeoutMs; // GATEWAY_UPSTREAM_TIMEOUT_MS
  }

  /** Sends a request to a service; a service that does not answer is an UpstreamFailure (503/502), never a 500. */
  async request(service: string, options: UpstreamRequest): Promise<Dispatcher.ResponseData> {
    try {
      return await this.pool(service).request({ headersTimeout: this.timeoutMs, bodyTimeout: this.timeoutMs, ...options });
    } catch (error) {
      throw UpstreamFailure.of(service, error);
    }
  }

  /** A service's answer read as JSON (for the gateway's own use: sub-dealers, history). */
  async json<T>(service: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: T }> {
    const answer = await this.request(service, { method: 'GET', path, headers });
    try {
      return { status: answer.statusCode, body: (await answer.body.json()) as T };
    } catch (error) {
      throw UpstreamFailure.of(service, error instanceof errors.UndiciError ? error : new errors.ResponseError('not JSON', answer.statusCode, {}));
    }
  }

  private pool(service: string): Pool {
    let pool = this.pools.get(service);
    if (!pool) {
      const url = this.config.services[service];
      if (!url) throw new UpstreamFailure(service, 503, `No URL is configured for the ${service} service`);
      pool = new Pool(url, { connections: 128, keepAliveTimeout: 10_000 });
      this.pools.set(service, pool);
    }
    return pool;
  }

  async onModuleDestroy() {
    await Promise.all([...this.pools.values()].map((pool) => pool.close().catch(() => undefined)));
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The lag of each consumer group, asked of Kafka within a bounded time (null: it did not say). */
export type GroupLags = () => Promise<{ group: string; lag: number | null }[]>;

type RoutedRequest = IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };

/**
 * A service's Prometheus metrics (prom-client), on a registry of its own (several services can
 * share a test process): the event pipeline's counts, the consumers' lag collected on each scrape,
 * HTTP latency by route template, and prom-client's process metrics. Served at GET /metrics.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly appended = new Counter({
    name: 'aftersales_events_appended_total', help: 'Events appended to the event store', labelNames: ['stream_type'], registers: [this.registry],
  });
  readonly published = new Counter({
    name: 'aftersales_events_published_total', help: 'Events the outbox relay published to Kafka', labelNames: ['topic'], registers: [this.registry],
  });
  readonly consumed = new Counter({
    name: 'aftersales_events_consumed_total', help: 'Events a consumer group handled (its writes done)', labelNames: ['group'], registers: [this.registry],
  });
  readonly deadLettered = new Counter({
    name: 'aftersales_events_dead_lettered_total', help: 'Messages a consumer group sent to <topic>.dlq', labelNames: ['group', 'topic'],
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds', help: 'HTTP requests by method, route template and status',
    labelNames: ['method', 'route', 'status_code'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [this.registry],
  });
  private lags?: GroupLags;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const lags = () => this.lags?.() ?? Promise.resolve([]);
    new Gauge({
      name: 'aftersales_consumer_lag', help: 'Messages waiting for a consumer group (asked of Kafka on each scrape)', labelNames: ['group'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { group, lag } of await lags()) if (lag !== null) this.set({ group }, lag);
      },
    });
  }

  /** Where the lag gauge asks on each scrape. */
  watchLag(lags: GroupLags): void {
    this.lags = lags;
  }

  /**
   * Times each request until its answer is sent, labelled by the route template the router matched
   * (`/dealers/:code`, never the path, so the label set stays bounded; Nest's own `/{*path}` for a
   * path no route has); `(unmatched)` for a request answered before routing (a body refused).
   */
  httpMiddleware() {
    return (req: RoutedRequest, res: ServerResponse, next: () => void) => {
      const end = this.httpDuration.startTimer();
      res.once('finish', () => end({ method: req.method, route: routeOf(req), status_code: res.statusCode }));
      next();
    };
  }
}

function routeOf(req: RoutedRequest): string {
  const path = req.route?.path;
  return typeof path === 'string' ? `${req.baseUrl ?? ''}${path}` : '(unmatched)';
}

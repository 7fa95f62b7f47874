import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ServiceMetrics } from '@aftersales/service-kit';
import { Public } from '../../auth/public.decorator';

/**
 * Prometheus' scrape: HTTP latency by method, route template and status, and the process
 * metrics (the services' ServiceMetrics; its event-pipeline series stay empty here). Public, as
 * the services' is: bind the gateway's port so that only the monitoring network reaches /metrics
 * if that matters, or block the path at the proxy.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: ServiceMetrics) {}

  @Get()
  @Public()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

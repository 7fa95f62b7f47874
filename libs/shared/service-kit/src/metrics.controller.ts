import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ServiceInfrastructure } from './infrastructure';

/**
 * Prometheus' scrape of the service's metrics (README "Metrics"). Left out of the OpenAPI
 * document: it is for the monitoring system, not API clients, and its body is not JSON.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly infra: ServiceInfrastructure) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.infra.metrics.registry.metrics();
  }
}

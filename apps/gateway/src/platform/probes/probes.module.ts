import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ServiceMetrics } from '@aftersales/service-kit';
import { GatewayHealth } from './gateway-health';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';

/** /health and /metrics (outside /api). */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController, MetricsController],
  providers: [GatewayHealth, { provide: ServiceMetrics, useFactory: () => new ServiceMetrics('gateway') }],
  exports: [ServiceMetrics],
})
export class ProbesModule {}

import { Controller, Get, Injectable, OnApplicationBootstrap, OnApplicationShutdown, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorFunction, TerminusModule } from '@nestjs/terminus';
import { PipelineHealthIndicators } from './health.indicators';
import { ServiceInfrastructure } from './infrastructure';
import { MetricsController } from './metrics.controller';
import { DealerHistoryController, DealerHistoryHandler } from './dealer-history';

/**
 * Starts the infrastructure after the app is wired, drains it before the process exits: after
 * the HTTP server and the Kafka transport (whose consumers finish and commit their batch) are closed.
 */
@Injectable()
export class InfrastructureLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(private readonly infrastructure: ServiceInfrastructure) {}

  /** Returns once the database is ready; Kafka, the relay and the consumers come up in the background. */
  async onApplicationBootstrap() {
    await this.infrastructure.start();
  }

  async onApplicationShutdown() {
    await this.infrastructure.stop();
  }
}

interface StatusResponse { status(code: number): unknown }

/**
 * terminus' report of `indicators`; when one is down, the whole report with a 503 (not a problem
 * body from ProblemFilter): the caller needs to see what is down. The services' and the gateway's /health.
 */
export async function healthReport(health: HealthCheckService, indicators: HealthIndicatorFunction[], response: StatusResponse): Promise<HealthCheckResult> {
  try {
    return await health.check(indicators);
  } catch (error) {
    if (!(error instanceof ServiceUnavailableException)) throw error;
    response.status(503);
    return error.getResponse() as HealthCheckResult;
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthCheckService, private readonly indicators: PipelineHealthIndicators) {}

  /** terminus' report: `details` has every part (mongo, kafka, relay, consumers), `error` the ones down, each with why. */
  @Get()
  @HealthCheck()
  check(@Res({ passthrough: true }) response: StatusResponse): Promise<HealthCheckResult> {
    return healthReport(this.health, this.indicators.all(), response);
  }
}

/**
 * What a service module adds for its probes: terminus (its own failure log off: the request line
 * says 503), /health with its indicators, and /metrics; and GET /history/{dealerCode}, the
 * service's events about a dealer, which every service answers alike (its QueryBus handler
 * needs the module's CqrsModule).
 */
export const serviceProbes = {
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController, MetricsController, DealerHistoryController],
  providers: [PipelineHealthIndicators, DealerHistoryHandler],
};

import { Controller, Get, Injectable, OnApplicationBootstrap, OnApplicationShutdown, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ServiceInfrastructure } from './infrastructure';
import { HealthReport } from './service-health';

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

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly infrastructure: ServiceInfrastructure) {}

  @Get()
  @ApiOkResponse({ description: 'MongoDB and Kafka answered, the outbox relay and every consumer group are making progress' })
  @ApiServiceUnavailableResponse({
    description: 'Something is down; `problems` says what: a server, a relay stalled with work waiting, a consumer being recreated, stopped or stalled',
  })
  async health(@Res({ passthrough: true }) response: StatusResponse): Promise<HealthReport> {
    const report = await this.infrastructure.health();
    // The whole report with the 503, not an error body: the caller needs to see what is down.
    if (report.status !== 'up') response.status(503);
    return report;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { HealthIndicatorFunction, HealthIndicatorService, MongooseHealthIndicator } from '@nestjs/terminus';
import { HEALTH_TIMEOUT_MS } from '@aftersales/service-kit';
import { Connection } from 'mongoose';
import { GatewayConfig } from '../../gateway.settings';

/**
 * The parts of the gateway's /health: its database (terminus' ping), and each service it routes
 * to (every one of services.json), up when its own /health answers 200 within the time.
 */
@Injectable()
export class GatewayHealth {
  constructor(
    private readonly config: GatewayConfig,
    private readonly indicator: HealthIndicatorService,
    private readonly mongoose: MongooseHealthIndicator,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  all(): HealthIndicatorFunction[] {
    return [
      () => this.mongoose.pingCheck('mongo', { connection: this.connection, timeout: HEALTH_TIMEOUT_MS }),
      ...Object.entries(this.config.services).map(([name, url]) => () => this.service(name, url)),
    ];
  }

  private async service(name: string, url: string) {
    const check = this.indicator.check(name);
    try {
      const answer = await fetch(`${url}/health`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
      await answer.body?.cancel();
      return answer.status === 200 ? check.up({ url }) : check.down({ url, answered: answer.status });
    } catch (error) {
      return check.down({ url, problem: (error as Error).message });
    }
  }
}

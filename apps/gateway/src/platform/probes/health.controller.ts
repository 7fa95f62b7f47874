import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../../auth/public.decorator';
import { GatewayHealth } from './gateway-health';

interface StatusResponse { status(code: number): unknown }

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthCheckService, private readonly indicators: GatewayHealth) {}

  /** terminus' report: `details` has the database and every routed service, `error` the ones down. */
  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ operationId: 'gatewayHealth', summary: "The gateway's database and every service it routes to" })
  @ApiResponse({ status: 200, description: 'All up' })
  async check(@Res({ passthrough: true }) response: StatusResponse): Promise<HealthCheckResult> {
    try {
      return await this.health.check(this.indicators.all());
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      // The whole report with the 503, not a problem body: the caller needs to see what is down.
      response.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}

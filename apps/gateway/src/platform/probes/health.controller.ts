import { Controller, Get, Res } from '@nestjs/common';
import { healthReport } from '@aftersales/service-kit';
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
  check(@Res({ passthrough: true }) response: StatusResponse): Promise<HealthCheckResult> {
    return healthReport(this.health, this.indicators.all(), response);
  }
}

import { Body, CallHandler, Controller, ExecutionContext, Get, HttpCode, Injectable, NestInterceptor, Param, Post } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { conflict, invalid, notFound } from '@aftersales/event-sourcing';
import { IsString, Matches } from 'class-validator';
import { finalize, from, mergeMap, Observable } from 'rxjs';
import { ServiceInfrastructure } from './infrastructure';
import { ReadModelRebuild } from './read-model-rebuild';
import { ReadModels, readModelsOf } from './read-models';
import { RebuildRecords } from './rebuild-records';
import { ApiInputProblems, ApiProblem } from './problem.response';
import { ReadModelResponse, RebuildResponse } from './read-models.response';

export class StartRebuildRequest {
  @ApiProperty({ example: 'fund-balance', pattern: '^[a-z0-9-]{1,64}$', description: 'A read model of this service (GET /admin/read-models); another is a 422' })
  @IsString() @Matches(/^[a-z0-9-]{1,64}$/, { message: 'projection must be a read model name such as fund-balance' })
  projection!: string;
}

export class RebuildParams {
  @ApiProperty({ example: 'mbc1x2a9f3e1', pattern: '^[0-9a-z]{1,32}$', description: 'The id POST /admin/rebuilds answered' })
  @IsString() @Matches(/^[0-9a-z]{1,32}$/, { message: 'id must be a rebuild id' })
  id!: string;
}

/** Internal administration: rebuild a read model from its events while the service runs (README "Rebuilding a read model"). */
@ApiTags('admin')
@Controller('admin')
export class ReadModelsController {
  private readonly records: RebuildRecords;

  constructor(private readonly infra: ServiceInfrastructure) {
    this.records = new RebuildRecords(infra.connection, infra.db);
  }

  @Get('read-models')
  @ApiOperation({ operationId: 'listReadModels' })
  @ApiOkResponse({ type: [ReadModelResponse], description: 'The read models this service can rebuild' })
  readModels() {
    return readModelsOf(this.infra).list().map(({ name, collections, topic, source }) => ({ name, collections, topic, source }));
  }

  @Post('rebuilds')
  @HttpCode(202)
  @ApiOperation({ operationId: 'startRebuild' })
  @ApiAcceptedResponse({
    type: RebuildResponse,
    description: 'Started: the rebuild record, whose id GET /admin/rebuilds/{id} follows',
    links: { GetRebuild: { operationId: 'getRebuild', parameters: { id: '$response.body#/_id' }, description: 'How the rebuild goes' } },
  })
  @ApiInputProblems({ body: true })
  @ApiProblem(422, 'Not a read model of this service')
  @ApiProblem(409, 'That read model is being rebuilt already')
  async start(@Body() { projection }: StartRebuildRequest) {
    const models = readModelsOf(this.infra);
    const model = models.get(projection);
    if (!model) {
      const known = models.list().map((m) => m.name).join(', ');
      throw invalid(`${projection} is not a read model of ${this.infra.config.service} (it has: ${known})`, 'projection');
    }
    const rebuild = new ReadModelRebuild(this.infra, model, this.records);
    const lease = await this.records.acquire(projection, rebuild.record._id);
    if (!lease.acquired) throw conflict(`${projection} is being rebuilt already (rebuild ${lease.holder})`, 'projection');
    return rebuild.start();
  }

  @Get('rebuilds')
  @ApiOperation({ operationId: 'listRebuilds' })
  @ApiOkResponse({ type: [RebuildResponse], description: 'The latest rebuilds, newest first' })
  recent() {
    return this.records.recent();
  }

  @Get('rebuilds/:id')
  @ApiOperation({ operationId: 'getRebuild' })
  @ApiOkResponse({ type: RebuildResponse, description: 'The rebuild: its state, phase and counts' })
  @ApiInputProblems()
  @ApiProblem(404, 'No rebuild has this id')
  async rebuild(@Param() { id }: RebuildParams) {
    const record = await this.records.find(id);
    if (!record) throw notFound(`no rebuild ${id}`, 'id');
    return record;
  }
}

/** Holds each request while a rebuild switches collections (milliseconds): no request sees a read model half switched. */
@Injectable()
export class ReadModelSwitchInterceptor implements NestInterceptor {
  constructor(private readonly infra: ServiceInfrastructure) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    // Kafka handlers pass the gate where they write (ReadModels.feed), not around the whole call.
    if (context.getType() !== 'http') return next.handle();
    const gate = readModelsOf(this.infra).gate;
    return from(gate.enter()).pipe(mergeMap((leave) => next.handle().pipe(finalize(leave))));
  }
}

/** What a service module adds for its read models: the admin routes, and the interceptor above. */
export const readModelAdmin = {
  controllers: [ReadModelsController],
  providers: [
    { provide: APP_INTERCEPTOR, useClass: ReadModelSwitchInterceptor },
    // What the read models' live feeds (@EventPattern handlers) apply their events through.
    { provide: ReadModels, useFactory: readModelsOf, inject: [ServiceInfrastructure] },
  ],
};

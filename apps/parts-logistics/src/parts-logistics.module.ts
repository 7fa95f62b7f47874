import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { getConnectionToken } from '@nestjs/mongoose';
import {
  InfrastructureLifecycle, JsonLogger, ServiceConfig, serviceConfigModule, serviceProbes, ServiceInfrastructure, serviceMongo, ServiceSettings,
} from '@aftersales/service-kit';
import { Connection } from 'mongoose';

/** The topic this service publishes: add it to TOPICS (libs/shared/integration-events) with its first event. */
const PUBLISHES = 'parts.events.v1';

/** Price list, parts requisitions, shipments, monthly parts statements and returns (RMA). Each use case goes in a folder of its own beside this file (docs/architecture.md). */
@Module({})
export class PartsLogisticsModule {
  static register(config: ServiceConfig, logger: JsonLogger): DynamicModule {
    return {
      module: PartsLogisticsModule,
      imports: [serviceConfigModule(ServiceSettings), CqrsModule.forRoot(), serviceMongo(config), ...serviceProbes.imports],
      controllers: [...serviceProbes.controllers],
      providers: [
        {
          provide: ServiceInfrastructure,
          inject: [getConnectionToken()],
          useFactory: (connection: Connection) => new ServiceInfrastructure(config, logger, PUBLISHES, connection),
        },
        InfrastructureLifecycle,
        ...serviceProbes.providers,
      ],
    };
  }
}

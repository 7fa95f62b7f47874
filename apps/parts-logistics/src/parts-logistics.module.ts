import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { TOPICS } from '@aftersales/integration-events';
import {
  combineFeatures, InfrastructureLifecycle, JsonLogger, readModelAdmin, ServiceConfig, serviceConfigModule, serviceProbes, ServiceInfrastructure, serviceMongo,
} from '@aftersales/service-kit';
import { Connection } from 'mongoose';
import { PartsLogisticsSettings } from './parts-logistics.settings';
import { PRICE_LIST_FEATURE } from './price-list/price-list.feature';
import { REQUISITIONS_FEATURE } from './requisitions/requisitions.feature';

/** The areas of the service, each with its own list (apps/parts-logistics/src/<area>/<area>.feature.ts). */
const FEATURES = combineFeatures(PRICE_LIST_FEATURE, REQUISITIONS_FEATURE);

/** Price list, parts requisitions, shipments, monthly parts statements and returns (RMA); publishes parts.events.v1. */
@Module({})
export class PartsLogisticsModule {
  static register(config: ServiceConfig, logger: JsonLogger): DynamicModule {
    return {
      module: PartsLogisticsModule,
      imports: [serviceConfigModule(PartsLogisticsSettings), CqrsModule.forRoot(), serviceMongo(config), MongooseModule.forFeature(FEATURES.models), ...serviceProbes.imports],
      controllers: [...FEATURES.controllers, ...serviceProbes.controllers, ...readModelAdmin.controllers],
      providers: [
        {
          provide: ServiceInfrastructure,
          inject: [getConnectionToken()],
          useFactory: (connection: Connection) => new ServiceInfrastructure(config, logger, TOPICS.parts, connection),
        },
        InfrastructureLifecycle,
        ...serviceProbes.providers,
        ...readModelAdmin.providers,
        ...FEATURES.providers,
      ],
    };
  }
}

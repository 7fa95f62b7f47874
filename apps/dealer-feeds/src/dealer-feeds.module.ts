import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { TOPICS } from '@aftersales/integration-events';
import {
  combineFeatures, InfrastructureLifecycle, JsonLogger, readModelAdmin, ServiceConfig, serviceConfigModule, ServiceInfrastructure,
  serviceMongo, serviceProbes,
} from '@aftersales/service-kit';
import { Connection } from 'mongoose';
import { DealerFeedsSettings } from './dealer-feeds.settings';
import { FLAGS } from './flags/flags.feature';
import { NETWORK } from './network/network.feature';
import { SUBMISSIONS } from './submissions/submissions.feature';

/** Each area keeps its own list of controllers, providers and read models (<area>/<area>.feature.ts). */
const FEATURES = combineFeatures(SUBMISSIONS, NETWORK, FLAGS);

/**
 * Dealers' monthly feed submissions, their versions, diffs and problem reports, due dates,
 * cross-feed flags; publishes feeds.events.v1 (docs/feeds.md).
 */
@Module({})
export class DealerFeedsModule {
  static register(config: ServiceConfig, logger: JsonLogger): DynamicModule {
    return {
      module: DealerFeedsModule,
      imports: [
        serviceConfigModule(DealerFeedsSettings), CqrsModule.forRoot(), serviceMongo(config), MongooseModule.forFeature(FEATURES.models),
        ...serviceProbes.imports,
      ],
      controllers: [...serviceProbes.controllers, ...readModelAdmin.controllers, ...FEATURES.controllers],
      providers: [
        {
          provide: ServiceInfrastructure,
          inject: [getConnectionToken()],
          useFactory: (connection: Connection) => new ServiceInfrastructure(config, logger, TOPICS.feeds, connection),
        },
        InfrastructureLifecycle,
        ...serviceProbes.providers,
        ...readModelAdmin.providers,
        ...FEATURES.providers,
      ],
    };
  }
}

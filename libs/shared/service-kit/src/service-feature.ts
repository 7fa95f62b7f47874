import type { Provider, Type } from '@nestjs/common';
import type { ModelDefinition } from '@nestjs/mongoose';

/**
 * One area of a service (its use cases, read models and Kafka handlers), spread into the service's
 * module: each area keeps its own list, so adding a use case touches its area's file only.
 */
export interface ServiceFeature {
  readonly controllers: Type[];
  readonly providers: Provider[];
  /** Mongoose schemas of the area's read models (MongooseModule.forFeature). */
  readonly models: ModelDefinition[];
}

/** The features' controllers, providers and models, concatenated. */
export function combineFeatures(...features: ServiceFeature[]): ServiceFeature {
  return {
    controllers: features.flatMap((f) => f.controllers),
    providers: features.flatMap((f) => f.providers),
    models: features.flatMap((f) => f.models),
  };
}

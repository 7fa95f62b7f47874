import { ServiceFeature } from '@aftersales/service-kit';

/** Cross-feed consistency flags with their rule and evidence, and their dismissal (issue 10 §4). */
export const FLAGS: ServiceFeature = {
  controllers: [],
  providers: [],
  models: [],
};

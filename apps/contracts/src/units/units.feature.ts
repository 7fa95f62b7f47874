import { ServiceFeature } from '@aftersales/service-kit';

/** Units under warranty: deliveries (API and import), warranty registration from cards (feeds and by hand), coverage, sales and card return rates (issue 10 §2). */
export const UNITS: ServiceFeature = {
  controllers: [],
  providers: [],
  models: [],
};

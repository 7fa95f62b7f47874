import { ServiceFeature } from '@aftersales/service-kit';

/** The dealers' service organisation, technicians, certificates, training places, and the catalog of models and parts (issue 10 §3). */
export const ORGANISATION: ServiceFeature = {
  controllers: [],
  providers: [],
  models: [],
};

import { ServiceFeature } from '@aftersales/service-kit';

/** What dealer-feeds knows of the network from contracts.events.v1 (dealers, agreements, technicians, certificates, catalog): the readers' lookups, due dates, the overdue scheduler and the submissions matrix (issue 10 §1, §3). */
export const NETWORK: ServiceFeature = {
  controllers: [],
  providers: [],
  models: [],
};

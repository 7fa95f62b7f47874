import { ServiceFeature } from '@aftersales/service-kit';

/** Uploads, validation with progress, all-or-nothing acceptance, versions and their diffs, chunked events, error reports, templates (issue 10 §1). */
export const SUBMISSIONS: ServiceFeature = {
  controllers: [],
  providers: [],
  models: [],
};

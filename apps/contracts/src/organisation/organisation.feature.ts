import { readModelProvider, ServiceFeature } from '@aftersales/service-kit';
import { TOPICS } from '@aftersales/integration-events';
import { CatalogController } from './catalog/catalog.controller';
import { CatalogEntries, MongooseCatalogEntries } from './catalog/catalog-entries';
import { ListModelHandler, ListPartHandler } from './catalog/catalog.handlers';
import { CertificateController } from './certificates/certificate.controller';
import { IssueCertificateHandler, RevokeCertificateHandler } from './certificates/certificate.handler';
import { NotifyChangeController } from './notify-change/notify-change.controller';
import { NotifyChangeHandler } from './notify-change/notify-change.handler';
import { OrganisationLookups } from './organisation-lookups';
import { MongooseOrganisationRecords, OrganisationRecords } from './query-organisation/organisation-records';
import { QueryOrganisationController } from './query-organisation/query-organisation.controller';
import { GetOrganisationHandler, ListTechniciansHandler } from './query-organisation/query-organisation.handler';
import { ORGANISATION_MODELS, OrganisationProjection, OrganisationReadModelFeed } from './read-model/organisation.projection';
import { MongooseTrainingSessions, TrainingSessions } from './training/training-sessions';
import { TrainingController } from './training/training.controller';
import { BookTrainingPlacesHandler, ScheduleTrainingSessionHandler } from './training/training.handlers';

const PROJECTION = readModelProvider(OrganisationProjection, {
  topic: TOPICS.contracts, models: ORGANISATION_MODELS.map((m) => m.name), create: (models) => new OrganisationProjection(models),
});

/** The dealers' service organisation, technicians, certificates, training places, and the catalog of models and parts (issue 10 §3). */
export const ORGANISATION: ServiceFeature = {
  controllers: [NotifyChangeController, QueryOrganisationController, CertificateController, CatalogController, TrainingController, OrganisationReadModelFeed],
  providers: [
    OrganisationLookups,
    { provide: OrganisationRecords, useClass: MongooseOrganisationRecords },
    { provide: CatalogEntries, useClass: MongooseCatalogEntries },
    { provide: TrainingSessions, useClass: MongooseTrainingSessions },
    PROJECTION,
    NotifyChangeHandler, GetOrganisationHandler, ListTechniciansHandler, IssueCertificateHandler, RevokeCertificateHandler,
    ListModelHandler, ListPartHandler, ScheduleTrainingSessionHandler, BookTrainingPlacesHandler,
  ],
  models: ORGANISATION_MODELS,
};

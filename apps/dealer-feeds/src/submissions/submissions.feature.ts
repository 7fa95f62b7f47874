import { ServiceFeature } from '@aftersales/service-kit';
import { FeedArchive } from './feed-archive';
import { FeedClock } from './feed-clock';
import { feedLimitsProvider } from './feed-limits';
import { FeedStreams } from './feed-streams';
import { FeedTemplatesController } from './feed-templates/feed-templates.controller';
import { GetSubmissionHandler, GetUploadProgressHandler, ListSubmissionsHandler } from './query-submissions/query-submissions.handler';
import { QuerySubmissionsController } from './query-submissions/query-submissions.controller';
import { ListSubmissionProblemsHandler, ListSubmissionRowsHandler } from './query-submissions/submission-rows.handler';
import { FeedAnswers } from './submit-feed/feed-answers';
import { RejectedFiles } from './submit-feed/rejected-files';
import { SubmitFeedController } from './submit-feed/submit-feed.controller';
import { SubmitFeedHandler } from './submit-feed/submit-feed.handler';
import { UploadProgress } from './submit-feed/upload-progress';
import { UnfinishedVersions } from './unfinished-versions';
import { AbandonedStaging } from './abandoned-staging';
import { VersionRecorder } from './version-recorder';
import { VersionRows } from './version-rows';

/** Uploads, validation with progress, all-or-nothing acceptance, versions and their diffs, chunked events, error reports, templates (issue 10 §1). */
export const SUBMISSIONS: ServiceFeature = {
  controllers: [SubmitFeedController, QuerySubmissionsController, FeedTemplatesController],
  providers: [
    feedLimitsProvider, FeedClock, FeedArchive, FeedStreams, VersionRecorder, VersionRows, UploadProgress, FeedAnswers, RejectedFiles, UnfinishedVersions, AbandonedStaging,
    SubmitFeedHandler, ListSubmissionsHandler, GetSubmissionHandler, GetUploadProgressHandler, ListSubmissionRowsHandler, ListSubmissionProblemsHandler,
  ],
  models: [],
};

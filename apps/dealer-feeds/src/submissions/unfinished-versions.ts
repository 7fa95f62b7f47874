import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { FeedArchive } from './feed-archive';
import { FeedStreams } from './feed-streams';
import { refOf, VersionRecorder } from './version-recorder';

/**
 * Completes at start what a crash left half done: an accepted version whose chunks or rows were not
 * all recorded is completed from its staged chunks (nothing twice); one whose SubmissionAccepted
 * was never stored was never answered, and its staged chunks and key index are dropped.
 */
@Injectable()
export class UnfinishedVersions implements OnApplicationBootstrap {
  constructor(private readonly infra: ServiceInfrastructure, private readonly archive: FeedArchive, private readonly streams: FeedStreams,
    private readonly recorder: VersionRecorder) {}

  onApplicationBootstrap(): void {
    // In the background: the service answers meanwhile; a new version of the same feed waits (409) until it is done.
    setImmediate(() => void this.completeAll().catch((error: unknown) => this.infra.logger.write('error', `completing unfinished versions failed: ${String(error)}`, 'feeds')));
  }

  async completeAll(): Promise<number> {
    let completed = 0;
    for (const submission of await this.archive.submissions.find({ phase: 'applying' }).toArray()) {
      const { state } = await this.streams.load(refOf(submission));
      if (!state.versions.some((v) => v.submissionId === submission._id)) {
        await this.archive.discardStaged([submission._id]);
        await this.archive.submissions.deleteOne({ _id: submission._id });
        continue;
      }
      await this.recorder.record(submission, commandContext());
      completed += 1;
    }
    return completed;
  }
}

import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { FeedArchive } from './feed-archive';
import { VersionRecorder } from './version-recorder';

/**
 * Completes at start what a crash left half done: an accepted version whose chunks or rows were not
 * all recorded is completed from its staged chunks (nothing twice); one whose SubmissionAccepted
 * was never stored was never answered, and its staged chunks and key index are dropped.
 */
@Injectable()
export class UnfinishedVersions implements OnApplicationBootstrap {
  constructor(private readonly infra: ServiceInfrastructure, private readonly archive: FeedArchive,
    private readonly recorder: VersionRecorder) {}

  onApplicationBootstrap(): void {
    // In the background: the service answers meanwhile; a new version of the same feed waits (409) until it is done.
    setImmediate(() => void this.completeAll().catch((error: unknown) => this.infra.logger.write('error', `completing unfinished versions failed: ${String(error)}`, 'feeds')));
  }

  async completeAll(): Promise<number> {
    let completed = 0;
    for (const submission of await this.archive.submissions.find({ phase: 'applying' }).toArray()) {
      if (await this.recorder.dropIfNeverAccepted(submission)) continue;
      await this.recorder.record(submission, commandContext());
      completed += 1;
    }
    return completed;
  }
}

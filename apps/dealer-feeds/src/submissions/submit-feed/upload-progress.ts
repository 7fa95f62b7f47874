import { Injectable } from '@nestjs/common';
import { FeedArchive, ProgressDocument, progressId } from '../feed-archive';

/** At most one write of an upload's progress per this many milliseconds (the last one always goes). */
const EVERY_MS = 500;

type Phase = ProgressDocument['phase'];

/** One upload's progress, kept in Mongo so that any instance answers GET /dealers/{d}/feed-uploads/{id}. */
export class UploadTracker {
  private last = 0;
  private pending?: Promise<unknown>;
  private readonly doc: Omit<ProgressDocument, 'updatedAt'>;

  constructor(private readonly archive: FeedArchive, dealerCode: string, uploadId: string) {
    this.doc = { _id: progressId(dealerCode, uploadId), dealerCode, uploadId, phase: 'receiving', bytesReceived: 0, rowsRead: 0 };
  }

  /** Records the change now if the last write is old enough; else it goes with a later one. */
  update(change: Partial<Pick<ProgressDocument, 'bytesReceived' | 'rowsRead' | 'rowsTotal'>>): void {
    Object.assign(this.doc, change);
    if (Date.now() - this.last >= EVERY_MS && !this.pending) void this.write();
  }

  async phase(phase: Phase, change: Partial<ProgressDocument> = {}): Promise<void> {
    Object.assign(this.doc, change, { phase });
    await this.pending;
    await this.write();
  }

  private write(): Promise<unknown> {
    this.last = Date.now();
    const { _id, ...fields } = this.doc;
    this.pending = this.archive.progress.updateOne({ _id }, { $set: { ...fields, updatedAt: new Date() } }, { upsert: true })
      .catch(() => undefined) // progress is a courtesy: a failed write never fails the upload
      .finally(() => (this.pending = undefined));
    return this.pending;
  }
}

@Injectable()
export class UploadProgress {
  constructor(private readonly archive: FeedArchive) {}

  track(dealerCode: string, uploadId: string): UploadTracker {
    void this.archive.pruneProgress().catch(() => undefined);
    return new UploadTracker(this.archive, dealerCode, uploadId);
  }

  find(dealerCode: string, uploadId: string): Promise<ProgressDocument | null> {
    return this.archive.progress.findOne({ _id: progressId(dealerCode, uploadId) });
  }
}

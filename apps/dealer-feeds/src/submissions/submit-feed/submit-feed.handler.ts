import { dateIn } from '@aftersales/calendar';
import { FeedState, unfinished } from '@aftersales/dealer-feeds-domain';
import { conflict, invalid, notFound } from '@aftersales/event-sourcing';
import { FEED_KINDS, FeedEncoding, FeedKind, FeedSummary, readFeed } from '@aftersales/feeds';
import { commandContext } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { IncomingMessage } from 'node:http';
import { v7 as uuidv7 } from 'uuid';
import { FeedNetwork } from '../../network/feed-network.port';
import { FeedArchive, fileId } from '../feed-archive';
import { FeedClock } from '../feed-clock';
import { FeedLimits } from '../feed-limits';
import { FeedStreams } from '../feed-streams';
import { Language } from '../problem-view';
import { BaseIndex } from '../base-index';
import { StagedVersion } from '../staged-version';
import type { SubmissionRecord } from '../submission.record';
import { VersionRecorder } from '../version-recorder';
import { FeedAnswers, SubmitAnswer } from './feed-answers';
import { ReceivedFile, receiveUpload } from './receive-upload';
import { RejectedFiles } from './rejected-files';
import { repairRecordsOf } from './repair-records';
import { UploadProgress, UploadTracker } from './upload-progress';

/** A dealer's file for a month, as it arrives (the request streams it). */
export class SubmitFeed {
  constructor(
    readonly dealerCode: string, readonly period: string, readonly kind: FeedKind | undefined, readonly encoding: FeedEncoding | undefined,
    readonly uploadId: string, readonly request: IncomingMessage, readonly uploadedBy: string, readonly language: Language,
  ) {}
}

/** The time zone of a dealer whose profile names none (docs/feeds.md: Asia/Shanghai unless the profile says otherwise). */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * docs/feeds.md "Submissions": the file is received to a temporary file (hashed as it comes), the
 * same bytes again answer the first result, else it is read and validated once, its rows compared
 * with each feed's current version as they are read; any error rejects the file whole (nothing
 * staged is kept), else each kind becomes its feed's next version.
 */
@CommandHandler(SubmitFeed)
export class SubmitFeedHandler implements ICommandHandler<SubmitFeed, SubmitAnswer> {
  constructor(
    private readonly network: FeedNetwork, private readonly archive: FeedArchive, private readonly limits: FeedLimits,
    private readonly streams: FeedStreams, private readonly recorder: VersionRecorder, private readonly progress: UploadProgress,
    private readonly answers: FeedAnswers, private readonly rejected: RejectedFiles, private readonly clock: FeedClock,
  ) {}

  async execute(command: SubmitFeed): Promise<SubmitAnswer> {
    const { dealerCode, period } = command;
    if (!(await this.network.isKnownDealer(dealerCode))) throw notFound(`dealer ${dealerCode} is not registered`, 'dealerCode');
    const deadline = await this.network.deadlineOf(dealerCode, period);
    if (!deadline) throw invalid(`no agreement of dealer ${dealerCode} is in force for ${period}: no feed is due for it`, 'period');
    const tracker = this.progress.track(dealerCode, command.uploadId);
    await tracker.phase('receiving');
    const file = await receiveUpload(command.request, this.limits, (bytes) => tracker.update({ bytesReceived: bytes }))
      .catch(async (error: unknown) => { await tracker.phase('failed'); throw error; });
    try {
      const first = await this.archive.files.findOne({ _id: fileId(dealerCode, period, file.contentHash) });
      if (first) {
        await tracker.phase('done', { submissionIds: first.submissionIds });
        return this.answers.repeated(first, command.language);
      }
      const timeZone = deadline.timeZone || (await this.network.timeZoneOf(dealerCode)) || DEFAULT_TIME_ZONE;
      const receivedAt = this.clock.now();
      const late = dateIn(receivedAt, timeZone) > deadline.dueDate;
      const base = { uploadId: command.uploadId, dealerCode, period, receivedAt: receivedAt.toISOString(), fileName: file.fileName, uploadedBy: command.uploadedBy, contentHash: file.contentHash, late, dueDate: deadline.dueDate };
      return await this.read(command, file, timeZone, tracker, base);
    } catch (error) {
      await tracker.phase('failed');
      throw error;
    } finally {
      await file.remove();
    }
  }

  private async read(command: SubmitFeed, file: ReceivedFile, timeZone: string, tracker: UploadTracker, base: Base): Promise<SubmitAnswer> {
    await tracker.phase('reading', { bytesReceived: file.bytes });
    const extra = await repairRecordsOf(file.path, command, timeZone, this.limits);
    const lookups = await this.network.lookupsFor(command.dealerCode, extra, command.kind); // every source read: no I/O between rows
    const reading = readFeed(file.path, {
      kind: command.kind, encoding: command.encoding, period: command.period, timeZone, maxBytes: this.limits.maxBytes, maxRows: this.limits.maxRows,
      lookups,
    });
    const staged = new Map<FeedKind, StagedVersion>();
    // Every kind's feed state and base index before the first row: no database read between a workbook's sheets
    // (exceljs's streaming reader can lose the later sheets of a workbook when its reader awaits I/O there).
    const states = await this.basesOf(command);
    let rows = 0;
    try {
      for await (const record of reading) {
        const version = staged.get(record.kind) ?? this.stage(command, record.kind, staged, states);
        await version.add(record.data);
        if (++rows % 1_000 === 0) tracker.update({ rowsRead: rows });
      }
    } catch (error) {
      // A refusal while reading (a feed still being recorded: 409) or a failure: nothing staged is kept.
      await this.archive.discardStaged([...staged.values()].map((v) => v.submissionId)).catch(() => undefined);
      throw error;
    }
    const summary = await reading.summary();
    await tracker.phase(summary.ok ? 'applying' : 'reading', { rowsRead: summary.rows, rowsTotal: summary.rows });
    if (!summary.ok) {
      const answer = await this.rejected.reject(command, file, summary, [...staged.values()], base);
      await tracker.phase('done', { submissionIds: [answer.body.status === 'rejected' ? answer.body.submissionId : ''] });
      return answer;
    }
    for (const section of summary.sections) if (section.kind && !staged.has(section.kind)) this.stage(command, section.kind, staged, states);
    const records = await this.accept(summary, [...staged.values()], base);
    await this.archive.files.insertOne({ _id: fileId(command.dealerCode, command.period, file.contentHash), status: 201, uploadId: command.uploadId, submissionIds: records.map((r) => r._id) })
      .catch(() => undefined); // the same bytes sent twice at once: both were read, the first one's answer is kept
    await tracker.phase('done', { submissionIds: records.map((r) => r._id) });
    return this.answers.accepted(command.uploadId, records, command.language);
  }

  /** Each kind's feed state, and the key index of its current version for the kinds the file may hold. */
  private async basesOf(command: SubmitFeed): Promise<Map<FeedKind, FeedBase>> {
    return new Map(await Promise.all(FEED_KINDS.map(async (kind) => {
      const { state } = await this.streams.load({ dealerCode: command.dealerCode, period: command.period, kind });
      const current = state.versions.find((v) => v.version === state.version);
      const mayHold = !command.kind || command.kind === kind;
      const record = mayHold && current && !unfinished(state) ? await this.archive.submissions.findOne({ _id: current.submissionId }) : null;
      const index = record ? await BaseIndex.load(this.archive, record._id, record.indexSegments ?? 0) : undefined;
      return [kind, { state, index }] as const;
    })));
  }

  /** The kind's feed: its current version is what the rows are compared with. */
  private stage(command: SubmitFeed, kind: FeedKind, staged: Map<FeedKind, StagedVersion>, bases: ReadonlyMap<FeedKind, FeedBase>): StagedVersion {
    const base = bases.get(kind) as FeedBase;
    const open = unfinished(base.state);
    if (open) throw conflict(`version ${open.version} of the ${kind} feed of ${command.period} is still being recorded; send the file again shortly`, 'file');
    if (base.state.version > 0 && !base.index) throw invalid(`the file holds ${kind} rows, not the ${command.kind} it was sent as`, 'kind');
    const version = new StagedVersion(this.archive, uuidv7(), kind, `${command.dealerCode}|${command.period}|${kind}`, base.state.version, base.index);
    staged.set(kind, version);
    return version;
  }

  private async accept(summary: FeedSummary, staged: StagedVersion[], base: Base): Promise<SubmissionRecord[]> {
    const records: SubmissionRecord[] = [];
    for (const version of staged) {
      await version.finish();
      const warnings = summary.problems.filter((p) => p.severity === 'warning' && (p.kind ?? staged[0].kind) === version.kind);
      const record: SubmissionRecord = {
        _id: version.submissionId, ...base, kind: version.kind, status: 'accepted', phase: 'applying', feed: version.feed, baseVersion: version.baseVersion,
        format: summary.format, ...version.counts, errors: 0, warnings: warnings.length, chunkEnds: version.chunkEnds, changeCount: version.changeCount,
        indexSegments: version.indexSegments,
      };
      await this.archive.submissions.insertOne(record);
      await this.archive.staged(record._id);
      await this.rejected.keepProblems(record._id, warnings);
      records.push(record);
    }
    const context = commandContext();
    for (const [i, record] of records.entries()) {
      try {
        record.version = await this.recorder.record(record, context);
      } catch (error) {
        // Refused (a version accepted meanwhile) or failed: what was never accepted is dropped now,
        // not at the next start; an accepted one is completed then. If even that fails, the start does it.
        for (const left of records.slice(i)) await this.recorder.dropIfNeverAccepted(left).catch(() => false);
        throw error;
      }
    }
    return records;
  }
}

/** A kind's feed as the file finds it: its state, and its current version's key index (for the kinds the file may hold). */
interface FeedBase { state: FeedState; index?: BaseIndex }

export type Base = Pick<SubmissionRecord, 'uploadId' | 'dealerCode' | 'period' | 'receivedAt' | 'fileName' | 'uploadedBy' | 'contentHash' | 'late' | 'dueDate'>;

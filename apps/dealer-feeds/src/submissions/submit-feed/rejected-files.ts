import { RejectSubmission } from '@aftersales/dealer-feeds-domain';
import { FeedKind, FeedProblem, FeedSummary, readRawRows, ReportedRow } from '@aftersales/feeds';
import { commandContext } from '@aftersales/service-kit';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { FeedArchive, fileId, ProblemRowDocument } from '../feed-archive';
import { FeedStreams } from '../feed-streams';
import { Language } from '../problem-view';
import { StagedVersion } from '../staged-version';
import type { SubmissionRecord } from '../submission.record';
import { FeedAnswers, SubmitAnswer } from './feed-answers';
import type { ReceivedFile } from './receive-upload';
import type { Base } from './submit-feed.handler';

/** The rows of the file kept for its error report: those with a problem, and each header row (at most this many). */
const MAX_REPORTED_ROWS = 10_000;

/**
 * A file refused whole (docs/feeds.md "All or nothing"): what was staged of it is removed, its
 * problems (language-neutral: each in the three languages) and the cells of its problem rows are
 * kept for the answer, GET …/problems and the error report, and SubmissionRejected is recorded
 * in each feed the file was for. No row of it is applied.
 */
@Injectable()
export class RejectedFiles {
  constructor(private readonly archive: FeedArchive, private readonly streams: FeedStreams, private readonly answers: FeedAnswers) {}

  async reject(
    command: { dealerCode: string; period: string; kind?: FeedKind; uploadId: string; language: Language },
    file: ReceivedFile, summary: FeedSummary, staged: StagedVersion[], base: Base,
  ): Promise<SubmitAnswer> {
    await this.archive.discardStaged(staged.map((s) => s.submissionId));
    const kinds = [...new Set([command.kind, ...summary.sections.map((s) => s.kind), ...staged.map((s) => s.kind)].filter((k): k is FeedKind => !!k))];
    const record: SubmissionRecord = {
      _id: uuidv7(), ...base, ...(kinds[0] ? { kind: kinds[0] } : {}), ...(kinds.length > 1 ? { kinds } : {}), status: 'rejected', phase: 'done', format: summary.format,
      rows: summary.rows, recorded: 0, corrected: 0, withdrawn: 0, errors: summary.errors, warnings: summary.warnings, problemsTruncated: summary.problemsTruncated,
    };
    await this.archive.submissions.insertOne(record);
    await this.keepProblems(record._id, summary.problems);
    await this.keepRows(record._id, file.path, summary);
    const context = commandContext();
    for (const kind of kinds) {
      const feed = { submissionId: record._id, dealerCode: command.dealerCode, period: command.period, kind };
      const rejected = { ...feed, contentHash: base.contentHash, fileName: base.fileName, receivedAt: base.receivedAt, errors: summary.errors, warnings: summary.warnings, uploadedBy: base.uploadedBy };
      await this.streams.decide(feed, new RejectSubmission(rejected), context);
    }
    await this.archive.files.insertOne({ _id: fileId(command.dealerCode, command.period, base.contentHash), status: 422, uploadId: command.uploadId, submissionIds: [record._id] })
      .catch(() => undefined);
    return this.answers.rejected(record, command.language);
  }

  async keepProblems(submissionId: string, problems: readonly FeedProblem[]): Promise<void> {
    const docs = problems.map((p, i) => ({ ...p, _id: `${submissionId}#${String(i + 1).padStart(9, '0')}`, s: submissionId, n: i + 1 }));
    for (let i = 0; i < docs.length; i += 500) await this.archive.problems.insertMany(docs.slice(i, i + 500), { ordered: false });
  }

  /** The file is read again for the cells of its problem rows (raw, as sent): the report shows them beside their problems. */
  private async keepRows(submissionId: string, path: string, summary: FeedSummary): Promise<void> {
    const wanted = new Set(summary.problems.filter((p) => p.row > 0).map((p) => `${p.sheet ?? ''}\u0000${p.row}`));
    if (wanted.size === 0) return;
    let batch: ProblemRowDocument[] = [];
    let n = 0;
    const flush = async () => { if (batch.length) await this.archive.problemRows.insertMany(batch, { ordered: false }); batch = []; };
    try {
      for await (const row of readRawRows(path, { format: summary.format, encoding: summary.encoding })) {
        if (row.row !== 1 && !wanted.has(`${row.sheet ?? ''}\u0000${row.row}`)) continue;
        n += 1;
        batch.push({ ...(row as ReportedRow), cells: row.cells.map(cellOf), _id: `${submissionId}#${String(n).padStart(9, '0')}`, s: submissionId, n });
        if (batch.length >= 500) await flush();
        if (n >= MAX_REPORTED_ROWS) break;
      }
    } catch {
      // A file the reader refused as a whole has no rows to show: the problems say why.
    }
    await flush();
  }
}

/** A cell as BSON keeps it: dates as they are, anything else as text or number. */
function cellOf(cell: unknown): unknown {
  if (cell === undefined) return null;
  if (cell === null || typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' || cell instanceof Date) return cell;
  return String((cell as { text?: unknown; result?: unknown }).text ?? (cell as { result?: unknown }).result ?? JSON.stringify(cell));
}

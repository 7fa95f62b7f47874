import type { FeedKind } from '../kinds/feed-kind';
import { feedProblem, FeedProblem } from '../problems/feed-problem';
import { ProblemLog } from '../problems/problem-log';
import { RowBudget, SectionSummary, SectionValidator } from '../validate/section.validator';
import { csvSection } from './csv.reader';
import { FeedEncoding, FeedFormat, sniffEncoding, sniffFormat } from './detect';
import { FEED_DEFAULTS, FeedRecord, ReadFeedOptions, ResolvedOptions, resolveOptions } from './feed-options';
import { FeedReadError } from './feed-section';
import { FeedInput, openSource, OpenedSource } from './feed-source';
import { jsonlSection } from './jsonl.reader';
import { chooseSheetKind } from './sheet-kind';
import { xlsxSections } from './xlsx.reader';

export interface FeedSummary {
  /** No errors: the submission can be accepted (warnings are counted by the assessment). */
  readonly ok: boolean;
  readonly format?: FeedFormat;
  readonly encoding?: FeedEncoding;
  /** Data rows read and, of them, those without errors (all sections). */
  readonly rows: number;
  readonly validRows: number;
  readonly errors: number;
  readonly warnings: number;
  /** The first `maxProblems` problems, in file order. */
  readonly problems: readonly FeedProblem[];
  readonly problemsTruncated: boolean;
  /** One per CSV/JSON Lines file or workbook sheet read: each is a submission of its kind. */
  readonly sections: readonly SectionSummary[];
}

/**
 * The rows of a feed as they are read: iterate once (`for await`), then ask `summary()`.
 * Only rows without errors are yielded; a submission with any error is rejected whole.
 */
export class FeedReading implements AsyncIterable<FeedRecord> {
  private started = false;
  private finish!: (summary: FeedSummary) => void;
  private readonly finished = new Promise<FeedSummary>((resolve) => (this.finish = resolve));

  constructor(
    private readonly input: FeedInput,
    private readonly options: ResolvedOptions,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<FeedRecord> {
    if (this.started) throw new Error('a FeedReading can be iterated only once');
    this.started = true;
    return new BatchDrain(this.run());
  }

  /** Waits for the iteration to end; without one, reads the file through (keeping no rows). */
  async summary(): Promise<FeedSummary> {
    if (!this.started) {
      this.started = true;
      for await (const batch of this.run()) void batch;
    }
    return this.finished;
  }

  /** The valid rows, a batch at a time. */
  private async *run(): AsyncGenerator<FeedRecord[]> {
    const log = new ProblemLog(this.options.maxProblems, this.options.onProblem);
    const sections: SectionSummary[] = [];
    const found: { format?: FeedFormat; encoding?: FeedEncoding } = {};
    let source: OpenedSource | undefined;
    try {
      source = await openSource(this.input, this.options.maxBytes);
      found.format = sniffFormat(source.head, this.options.format);
      const budget: RowBudget = { used: 0 };
      for await (const { section, kind } of this.sections(source, found, log)) {
        const validator = new SectionValidator(section, kind, this.options, this.cellContext(found), log, budget);
        sections.push(validator.summary);
        yield* validator.batches();
      }
    } catch (error) {
      log.add(asProblem(error, this.options.language));
    } finally {
      source?.bytes.destroy();
      this.finish(summarise(found, log, sections));
    }
  }

  private async *sections(source: OpenedSource, found: { format?: FeedFormat; encoding?: FeedEncoding }, log: ProblemLog) {
    if (found.format !== 'xlsx') {
      found.encoding = this.options.encoding ?? sniffEncoding(source.head);
      const decodeAs = found.encoding === 'gbk' ? 'gb18030' : found.encoding;
      const section = (found.format === 'jsonl' ? jsonlSection : csvSection)(source.bytes, decodeAs);
      yield { section, kind: this.options.kind };
      return;
    }
    let read = 0;
    const limits = { maxUncompressedBytes: this.options.maxUncompressedBytes, maxEntries: FEED_DEFAULTS.maxEntries };
    const { language } = this.options;
    for await (const section of xlsxSections(source, limits)) {
      const choice = chooseSheetKind(section, this.options, read);
      if (choice.read) {
        read += 1;
        yield { section, kind: choice.kind };
      } else log.add(feedProblem(choice.because, { value: section.sheet, sheet: section.sheet }, language));
    }
    if (read === 0) log.add(feedProblem('no-form-sheet', {}, language));
  }

  private cellContext(found: { encoding?: FeedEncoding }) {
    return { timeZone: this.options.timeZone, encoding: (found.encoding ?? 'utf-8').toUpperCase() };
  }
}

/**
 * Hands out the rows of batches one by one: a row of the current batch is answered at once,
 * so only a new batch awaits the reader (no generator step and no awaited read per row).
 */
class BatchDrain implements AsyncIterator<FeedRecord> {
  private batch: readonly FeedRecord[] = [];
  private next_ = 0;

  constructor(private readonly batches: AsyncGenerator<FeedRecord[]>) {}

  next(): Promise<IteratorResult<FeedRecord>> {
    if (this.next_ < this.batch.length) return Promise.resolve({ done: false, value: this.batch[this.next_++] });
    return this.refill();
  }

  private async refill(): Promise<IteratorResult<FeedRecord>> {
    for (;;) {
      const got = await this.batches.next();
      if (got.done) return { done: true, value: undefined };
      if (got.value.length > 0) {
        this.batch = got.value;
        this.next_ = 1;
        return { done: false, value: got.value[0] };
      }
    }
  }

  async return(): Promise<IteratorResult<FeedRecord>> {
    this.batch = [];
    await this.batches.return([]);
    return { done: true, value: undefined };
  }
}

/** A read error's technical cause (a library's words) is kept as `params.cause`, not in the message. */
function asProblem(error: unknown, language: ResolvedOptions['language']): FeedProblem {
  if (error instanceof FeedReadError) {
    const plain = error.code === 'file-too-large' || error.code === 'too-many-rows' || error.code === 'unsupported-format';
    const params: Record<string, string> | undefined = error.detail === undefined ? undefined : { [plain ? 'detail' : 'cause']: error.detail };
    return feedProblem(error.code, { params }, language);
  }
  // Whatever a library throws on a hostile file is reported, never let through as a crash.
  return feedProblem('read-failed', { params: { cause: error instanceof Error ? error.message : String(error) } }, language);
}

function summarise(
  found: { format?: FeedFormat; encoding?: FeedEncoding },
  log: ProblemLog,
  sections: readonly SectionSummary[],
): FeedSummary {
  // A default-named sheet left empty (Sheet2, Sheet3) is no submission.
  sections = sections.filter((s) => s.kind !== undefined || s.rows > 0 || s.errors > 0 || s.warnings > 0 || s.sheet === undefined);
  return {
    ok: log.errors === 0,
    ...found,
    rows: sections.reduce((sum, s) => sum + s.rows, 0),
    validRows: sections.reduce((sum, s) => sum + s.validRows, 0),
    errors: log.errors,
    warnings: log.warnings,
    problems: log.kept,
    problemsTruncated: log.truncated,
    sections,
  };
}

/** Reads a dealer's feed file: a path, a Buffer or a byte stream. See README.md. */
export function readFeed(input: FeedInput, options: ReadFeedOptions = {}): FeedReading {
  return new FeedReading(input, resolveOptions(options));
}

/** Reads the feed through, keeping no rows: what an all-or-nothing submission needs first. */
export async function validateFeed(input: FeedInput, options: ReadFeedOptions = {}) {
  const summary = await readFeed(input, options).summary();
  return { ok: summary.ok, summary, problems: summary.problems };
}

export type { FeedKind };

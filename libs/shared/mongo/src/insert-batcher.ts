import { Collection, Document, MongoBulkWriteError, OptionalUnlessRequiredId } from 'mongodb';

/** One document's own failure inside a grouped insert (code 11000: a unique index refused it). */
export class DocumentInsertError extends Error {
  constructor(readonly code: number | undefined, message: string) {
    super(message);
    this.name = 'DocumentInsertError';
  }
}

/**
 * Group commit for single-document inserts: the inserts callers ask for while one insert
 * command is in flight go together in the next one (`insertMany`, unordered), and each
 * caller learns its own document's fate. Alone, an insert is sent at once, so nothing waits
 * for a timer; under load, N concurrent appends cost about one round trip instead of N.
 */
export class InsertBatcher<T extends Document> {
  private queue: { doc: OptionalUnlessRequiredId<T>; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private flushing = false;

  constructor(private readonly collection: Collection<T>, private readonly maxBatch = 100) {}

  insert(doc: OptionalUnlessRequiredId<T>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ doc, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        const failed = await this.insertMany(batch.map((entry) => entry.doc));
        batch.forEach((entry, i) => {
          const error = failed(i);
          if (error) entry.reject(error);
          else entry.resolve();
        });
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Inserts the documents; returns, by position, each refused document's error. */
  private async insertMany(docs: OptionalUnlessRequiredId<T>[]): Promise<(index: number) => unknown> {
    try {
      await this.collection.insertMany(docs, { ordered: false });
      return () => undefined;
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError)) return () => error; // outcome unknown for all: each caller sees it
      const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
      const byIndex = new Map(writeErrors.map((e) => [e.index, new DocumentInsertError(e.code, e.errmsg ?? error.message)]));
      // A command-level failure without per-document errors leaves every document in doubt.
      return (index) => (writeErrors.length === 0 ? error : byIndex.get(index));
    }
  }
}

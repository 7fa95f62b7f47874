import type { FeedProblem } from './feed-problem';

/**
 * Counts every problem and keeps the first `maxKept` of them, so a file of a million bad
 * rows still answers with its full counts in bounded memory. `onProblem` sees all of them.
 */
export class ProblemLog {
  readonly kept: FeedProblem[] = [];
  errors = 0;
  warnings = 0;

  constructor(
    private readonly maxKept: number,
    private readonly onProblem?: (problem: FeedProblem) => void,
  ) {}

  add(problem: FeedProblem): void {
    if (problem.severity === 'error') this.errors += 1;
    else this.warnings += 1;
    if (this.kept.length < this.maxKept) this.kept.push(problem);
    this.onProblem?.(problem);
  }

  get truncated(): boolean {
    return this.errors + this.warnings > this.kept.length;
  }
}

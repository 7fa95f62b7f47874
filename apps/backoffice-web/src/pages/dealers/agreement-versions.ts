import { TermChange, termChanges } from '../agreements/term-changes';
import type { Agreement } from './dealer-api';

/** One version on the timeline and the terms that changed from the version before it (none for the first). */
export interface VersionEntry {
  agreement: Agreement;
  changes: TermChange[];
  first: boolean;
}

/** The versions newest first, each with what changed against the one it follows. */
export function versionEntries(agreements: Agreement[]): VersionEntry[] {
  const byVersion = [...agreements].sort((a, b) => a.agreementVersion - b.agreementVersion);
  return byVersion
    .map((agreement, index) => ({
      agreement,
      first: index === 0,
      changes: index === 0 ? [] : termChanges(byVersion[index - 1].terms, agreement.terms),
    }))
    .reverse();
}

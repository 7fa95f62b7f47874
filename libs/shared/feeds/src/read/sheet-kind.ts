import type { FeedKind } from '../kinds/feed-kind';
import { kindByName, normaliseName } from '../kinds/kinds.registry';
import type { ReadFeedOptions } from './feed-options';
import type { FeedSection } from './feed-section';

/**
 * Which kind a workbook sheet holds, or undefined to skip it: an explicit `sheets` map wins;
 * else the sheet's name (維修記錄表, repairs ...); with a `kind` chosen by the uploader, only
 * sheets of that kind are read, or the first sheet when no sheet is named after any form.
 */
export function chooseSheetKind(section: FeedSection, options: ReadFeedOptions, read: number): FeedKind | undefined {
  const name = section.sheet ?? '';
  if (options.sheets) {
    const entry = Object.entries(options.sheets).find(([sheet]) => normaliseName(sheet) === normaliseName(name));
    return entry?.[1];
  }
  if (section.kind) return options.kind === undefined || options.kind === section.kind ? section.kind : undefined;
  const anyNamed = (section.workbookSheets ?? []).some((sheet) => kindByName(sheet) !== undefined);
  return options.kind && !anyNamed && read === 0 ? options.kind : undefined;
}

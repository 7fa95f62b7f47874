import type { FeedKind } from '../kinds/feed-kind';
import { kindByName, normaliseName } from '../kinds/kinds.registry';
import type { ReadFeedOptions } from './feed-options';
import type { FeedSection } from './feed-section';

/** Whether a workbook sheet is read (as a kind, or as the kind its header names) or why not. */
export type SheetChoice = { readonly read: true; readonly kind?: FeedKind } | { readonly read: false; readonly because: 'sheet-hidden' | 'sheet-ignored' };

/** The name an office suite gives a new sheet: Sheet1, 工作表1, 工作表 1 ... */
const DEFAULT_NAME = /^(sheet|工作表|表|feuil|tabelle|hoja)\s*\d+$/i;

export function isDefaultSheetName(name: string): boolean {
  return DEFAULT_NAME.test(name.trim());
}

/**
 * Which kind a workbook sheet holds: an explicit `sheets` map wins; a hidden sheet is
 * skipped; else the sheet's name (維修記錄表, repairs ...); with a `kind` chosen by the
 * uploader, only sheets of that kind are read, or the first sheet when no sheet is named
 * after any form; without one, a sheet with an office suite's default name is read as the
 * kind its header names.
 */
export function chooseSheetKind(section: FeedSection, options: ReadFeedOptions, read: number): SheetChoice {
  const name = section.sheet ?? '';
  const skip = (): SheetChoice => ({ read: false, because: section.hidden ? 'sheet-hidden' : 'sheet-ignored' });
  if (options.sheets) {
    const entry = Object.entries(options.sheets).find(([sheet]) => normaliseName(sheet) === normaliseName(name));
    return entry ? { read: true, kind: entry[1] } : skip();
  }
  if (section.hidden) return skip();
  if (section.kind) return options.kind === undefined || options.kind === section.kind ? { read: true, kind: section.kind } : skip();
  const anyNamed = (section.workbookSheets ?? []).some((sheet) => kindByName(sheet) !== undefined);
  if (anyNamed) return skip();
  if (options.kind) return read === 0 ? { read: true, kind: options.kind } : skip();
  return isDefaultSheetName(name) ? { read: true } : skip();
}

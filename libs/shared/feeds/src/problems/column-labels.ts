import type { FeedKind } from '../kinds/feed-kind';
import { KINDS } from '../kinds/kinds.registry';
import type { FeedLanguage } from './problem-codes';

/** A column of a kind named in a language: 序列號, 序列号 or serial_no. */
export function columnLabel(kind: FeedKind | undefined, key: string | undefined, language: FeedLanguage): string | undefined {
  if (key === undefined) return undefined;
  const column = kind === undefined ? undefined : KINDS[kind]?.columns.find((c) => c.key === key);
  if (!column) return key;
  if (language === 'en') return column.key;
  return language === 'zh-Hant' ? column.traditional : column.simplified;
}

/** Columns given by their keys ('record_no,serial_no'), each named in the language with its key. */
export function columnList(kind: FeedKind | undefined, keys: string | undefined, language: FeedLanguage): string {
  const names = (keys ?? '').split(',').filter((key) => key !== '');
  const separator = language === 'en' ? ', ' : '、';
  return names
    .map((key) => {
      const label = columnLabel(kind, key, language) ?? key;
      if (label === key) return language === 'en' ? `${key} (${columnLabel(kind, key, 'zh-Hant')})` : key;
      return `${label}(${key})`;
    })
    .join(separator);
}

/**
 * The values a choice column takes, in a language: its Chinese spellings (traditional, then
 * simplified, as each column lists them) or its English ones. Undefined for no choice column.
 */
export function choiceList(kind: FeedKind | undefined, key: string | undefined, language: FeedLanguage): string | undefined {
  const column = kind === undefined ? undefined : KINDS[kind]?.columns.find((c) => c.key === key);
  if (!column?.choices) return undefined;
  const spellings = new Map<string, string[]>();
  for (const [spelling, value] of Object.entries(column.choices)) {
    if (!spellings.has(value)) spellings.set(value, []);
    if (/[\u0080-\uffff]/.test(spelling)) spellings.get(value)?.push(spelling);
  }
  return [...spellings]
    .map(([value, chinese]) => (language === 'en' ? value : language === 'zh-Hant' ? chinese[0] : chinese[1] ?? chinese[0]) ?? value)
    .join('/');
}

/** The languages of the product: every header, problem and page exists in each. */
export const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One column of a one-sheet import: the field it fills, its labels, the template's example. */
export interface TableColumn<K extends string = string> {
  key: K;
  labels: Record<Language, string>;
  example: string;
  /** A column the file may leave out, and a cell it may leave blank. */
  optional?: true;
}

/** `Serial number * (serialNo)`: the label in the language, a star when required, and the English key the import reads. */
export const tableHeader = (column: TableColumn, language: Language) =>
  `${column.labels[language]}${column.optional ? '' : ' *'} (${column.key})`;

/** A header cell as a column: `… (key)`, the bare key, or a label in any language. */
export function tableColumnOf<K extends string>(columns: readonly TableColumn<K>[], text: string): TableColumn<K> | undefined {
  const key = /\(([A-Za-z]+)\)\s*$/.exec(text)?.[1] ?? text.replace(/\*/g, '').trim();
  return columns.find((c) => c.key === key || Object.values(c.labels).includes(key));
}

/** `A`, `B`, …, `Z`, `AA`: the letter of a 1-based column. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell as the problem report shows it: at most 200 characters, nothing for a blank. */
export function shownValue(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = value instanceof Date ? value.toISOString() : String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The caller's language: `lang` when it is one of ours, else the first of Accept-Language we speak (zh-TW/HK/MO: 繁體), else English. */
export function callerLanguage(lang: unknown, acceptLanguage: unknown): Language {
  if (typeof lang === 'string' && (LANGUAGES as readonly string[]).includes(lang)) return lang as Language;
  const asked = typeof acceptLanguage === 'string' ? acceptLanguage.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase() ?? '') : [];
  for (const tag of asked) {
    if (/^zh-(hant|tw|hk|mo)/.test(tag)) return 'zh-Hant';
    if (tag.startsWith('zh')) return 'zh-Hans';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

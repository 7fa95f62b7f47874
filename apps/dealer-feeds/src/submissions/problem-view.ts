import { FeedKind, FeedProblem } from '@aftersales/feeds';
import type { ProblemAnswer } from './submission.record';

export const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The caller's language: `?lang=` wins, else the first of Accept-Language the service speaks
 * (zh-TW/zh-HK → zh-Hant, zh-CN/zh-SG/zh → zh-Hans), else English.
 */
export function languageOf(lang: string | undefined, acceptLanguage: string | undefined): Language {
  if (lang && (LANGUAGES as readonly string[]).includes(lang)) return lang as Language;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    if (tag.startsWith('zh-hant') || tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-mo') return 'zh-Hant';
    if (tag.startsWith('zh')) return 'zh-Hans';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

/** A stored (language-neutral) problem as the caller reads it. */
export function problemView(problem: FeedProblem, language: Language, kind?: FeedKind): ProblemAnswer {
  const ofKind = problem.kind ?? kind;
  return {
    row: problem.row,
    ...(problem.column === undefined ? {} : { column: problem.column, header: problem.header ?? problem.column }),
    ...(problem.value === undefined ? {} : { value: problem.value }),
    code: problem.code,
    severity: problem.severity,
    message: problem.message[language],
    ...(problem.sheet === undefined ? {} : { sheet: problem.sheet }),
    ...(ofKind === undefined ? {} : { kind: ofKind }),
  };
}

// Dealer monthly feeds (docs/feeds.md): any dealer file → typed, validated rows or every problem.
export { FEED_KINDS, isFeedKind } from './kinds/feed-kind';
export type { FeedKind } from './kinds/feed-kind';
export type { CellType, ColumnDefinition } from './kinds/column.definition';
export type { KindDefinition, PeriodBounds } from './kinds/kind.definition';
export { KINDS, kindByName, kindDefinition } from './kinds/kinds.registry';
export type { FeedRow, FeedRowTypes } from './kinds/kinds.registry';
export { RepairRow, SERVICE_MODES } from './kinds/repairs.row';
export type { ServiceMode } from './kinds/repairs.row';
export { PartsRow } from './kinds/parts.row';
export { SalesRow } from './kinds/sales.row';
export { WarrantyCardRow } from './kinds/warranty-cards.row';
export { SatisfactionRow } from './kinds/satisfaction.row';
export { OpinionRow, OPINION_CATEGORIES } from './kinds/opinions.row';
export type { OpinionCategory } from './kinds/opinions.row';

export { FEED_LANGUAGES, PROBLEMS } from './problems/problem-codes';
export type { FeedLanguage, ProblemCode, ProblemSeverity, TrilingualText } from './problems/problem-codes';
export { problemMessage } from './problems/feed-problem';
export type { FeedProblem } from './problems/feed-problem';

export { readFeed, validateFeed, FeedReading } from './read/read-feed';
export type { FeedSummary } from './read/read-feed';
export { FEED_DEFAULTS, FeedOptionsError } from './read/feed-options';
export type { FeedRecord, ReadFeedOptions } from './read/feed-options';
export type { FeedEncoding, FeedFormat } from './read/detect';
export type { FeedInput } from './read/feed-source';
export { readRawRows } from './read/raw-rows';
export type { SectionSummary } from './validate/section.validator';
export type { FeedLookups, TechnicianStatus } from './validate/lookups';

export { escapeFormula, looksLikeFormula } from './export/formula-escape';
export { writeFeedCsv, writeFeedJsonl, writeFeedXlsx } from './export/feed.writer';
export type { CsvWriteOptions, FeedWriteOptions, XlsxSheet } from './export/feed.writer';
export type { HeaderStyle } from './export/row.formatter';
export { csvTemplate, xlsxTemplate } from './export/template.writer';
export type { TemplateScript } from './export/template.writer';
export { writeErrorReport } from './export/error-report.writer';
export type { ErrorReportOptions, ReportedRow } from './export/error-report.writer';

// Public API of the report text helpers: pure functions over strings and plain data.

export {
  countBlanks,
  detectBlanks,
  detectBlanksInReport,
  detectPossibleBlanks,
  type Blank,
  type BlankKind,
  type BlankLocation,
  type BlankTarget,
  type ReportTextInput,
} from "./detect-blanks";
export {
  METRIC_KEY_PATTERN,
  formatMetricValue,
  parseMetricTokens,
  renderMetrics,
  splitByMetricTokens,
  type MetricLookup,
  type MetricSegment,
  type MetricToken,
  type RenderMetricsOptions,
  type RenderableMetric,
} from "./metric-tokens";
export { formatYoY, yearOverYear, type YearOverYear, type YoYDirection } from "./year-over-year";
export {
  chineseNumeral,
  matchLeadingNumber,
  sectionNumber,
  stripLeadingNumber,
  type HeadingLevel,
  type LeadingNumber,
} from "./numbering";
export {
  parseSummaryText,
  splitLeadSentence,
  type ParsedSection,
  type ParsedSectionKind,
  type ParsedSummary,
} from "./parse-summary-text";
export {
  countImportItems,
  parseImportBlocks,
  type ImportBlock,
  type ImportBlockKind,
  type RemovalReason,
} from "./import-blocks";

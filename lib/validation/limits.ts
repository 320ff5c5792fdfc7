// Length limits shared by forms (maxLength, counters) and server-side validation.
export const LIMITS = {
  heading: 300,
  body: 50_000,
  comment: 2_000,
  reason: 1_000,
  metricLabel: 60,
  metricUnit: 10,
  metricNote: 500,
  planText: 2_000,
  evidence: 1_000,
  title: 120,
  /** the issuer of the signature block (落款) */
  signatureUnit: 60,
} as const;

/**
 * How many sections, plan items and figures one report may have. A real summary has a dozen sections,
 * five to fifteen plan items and a few dozen figures; the caps stop a runaway script or a stuck key
 * from making a report nobody can open or print, with room to spare for the largest real one.
 */
export const REPORT_CAPS = { sections: 120, planItems: 100, metrics: 200 } as const;

/** The largest magnitude a figure may have; beyond it a typo is far likelier than a real figure. */
export const METRIC_MAX = 1e12;

/** Units offered in the metric form; others can be typed (up to LIMITS.metricUnit characters). */
export const COMMON_UNITS = ["次", "场", "人", "人次", "万人次", "万元", "元", "%", "个", "支", "篇", "份", "幅", "小时", "处", "项", "家", "户", "起", "部"] as const;

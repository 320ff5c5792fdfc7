// A report started from a template gets the template's figure blanks bound where the template defines the
// figure: 开展宣讲X场 becomes the empty chip of 开展宣讲 (one blank to fill, once), not a loose X plus an
// empty register row. Bound in document order so each figure goes to its first fitting blank.
import { bindTemplateBlanks, type TemplateMetric } from "./bind-template-blanks";

export function bindReportBlanks<S extends { heading: string; body: string }, P extends { text: string }>(
  sections: readonly S[],
  planItems: readonly P[],
  metrics: readonly TemplateMetric[],
): { sections: S[]; planItems: P[] } {
  const used = new Set<string>();
  const bind = (text: string) => bindTemplateBlanks(text, metrics, used).text;
  return {
    sections: sections.map((s) => ({ ...s, heading: bind(s.heading), body: bind(s.body) })),
    planItems: planItems.map((p) => ({ ...p, text: bind(p.text) })),
  };
}

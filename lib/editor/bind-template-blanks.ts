// Turns a template's figure blanks ("开展宣讲X场") into the template's own metric tokens, so a report
// started from a template quotes its register from the start instead of carrying bare X's.
// Cautious by design: a blank is bound only when the words before it name a metric with the same
// unit; a wrong binding would print someone else's figure, an unbound blank only asks to be filled.
import { detectBlanks } from "@/lib/reports/text";
import { METRIC_KEY_PATTERN, METRIC_TOKEN_SOURCE } from "@/lib/reports/text/metric-tokens";
import { matchUnitAt } from "./figure-units";

export interface TemplateMetric {
  key: string;
  label: string;
  unit: string;
}

export interface BoundTemplate {
  text: string;
  /** Keys bound in this call, in text order. */
  bound: string[];
}

// How far before a blank its naming words may be.
const WINDOW = 12;
const CLAUSE_END = /[。；;！!？?\n\r]/;
// A shared run this short or this generic says nothing about which figure is meant:
// "开展" is in 开展宣讲 and in 开展送戏进社区演出.
const MIN_MATCH = 2;
const GENERIC_WORDS = new Set([
  "开展", "组织", "举办", "活动", "参加", "参与", "完成", "推动", "全年", "累计", "社区", "群众", "工作",
  "新建", "组建", "建设", "服务",
]);
// Goals (年内…不少于X场) are next year's targets, not this year's figures, even when the words match.
const TARGET_MARKERS = ["不少于", "不低于", "力争", "争取", "确保", "目标"];
// 余/多 make the figure approximate; the token prints value+unit and would drop them.
const APPROX = ["余", "多"];

interface Candidate {
  blank: number;
  metric: number;
  score: number;
  /** Characters between the end of the matched words and the blank. */
  distance: number;
}

/** Longest run of `label` (not a generic word) found in `window`, and how far its last occurrence ends from the window's end. */
function bestOverlap(label: string, window: string): { score: number; distance: number } {
  let best = { score: 0, distance: Infinity };
  for (let len = Math.min(label.length, window.length); len >= MIN_MATCH; len--) {
    for (let i = 0; i + len <= label.length; i++) {
      const run = label.slice(i, i + len);
      if (GENERIC_WORDS.has(run)) continue;
      const at = window.lastIndexOf(run);
      if (at < 0) continue;
      const distance = window.length - (at + len);
      if (distance < best.distance) best = { score: len, distance };
    }
    if (best.score > 0) return best;
  }
  return best;
}

/**
 * Replaces figure blanks (X/XX/Ｘ/x + unit) with `{{m:key}}` — the token stands for number and unit
 * together — where a metric of the same unit is named within the 12 characters before the blank,
 * in the same clause and after any earlier figure. Each metric binds at most once: the strongest
 * overlap wins, ties go to the nearer words, then to the earlier blank. Keys in `used` are not
 * bound, and the keys this call binds are added to it, so sections can be passed one by one in
 * order. Approximate blanks (X余人次), ordinals (第X次), targets (不少于X场) and metrics without a unit
 * are left as they are; date and name blanks are never touched.
 */
export function bindTemplateBlanks(
  text: string,
  metrics: readonly TemplateMetric[],
  used: Set<string> = new Set(),
): BoundTemplate {
  const units = metrics.map((m) => m.unit).filter((u) => u !== "");
  // Earlier figures (blanks, tokens, numbers) bound the words that can name a later one.
  const figureEnds = [
    ...detectBlanks(text).map((b) => b.index + b.length),
    ...[...text.matchAll(new RegExp(METRIC_TOKEN_SOURCE, "g"))].map((m) => m.index + m[0].length),
    ...[...text.matchAll(/\d+/g)].map((m) => m.index + m[0].length),
  ];

  const blanks = detectBlanks(text)
    .filter((b) => b.kind === "figure")
    .map((b) => {
      const end = b.index + b.length;
      return { index: b.index, unit: matchUnitAt(text, end, units), end };
    })
    .filter((b) => b.unit !== "" && !APPROX.includes(text[b.end] ?? "") && text[b.index - 1] !== "第");

  const candidates: Candidate[] = [];
  blanks.forEach((blank, bi) => {
    let from = Math.max(0, blank.index - WINDOW);
    for (let i = blank.index - 1; i >= from; i--) {
      if (CLAUSE_END.test(text[i])) {
        from = i + 1;
        break;
      }
    }
    for (const end of figureEnds) if (end <= blank.index && end > from) from = end;
    const window = text.slice(from, blank.index);
    if (TARGET_MARKERS.some((w) => window.includes(w))) return;
    metrics.forEach((metric, mi) => {
      if (metric.unit === "" || metric.unit !== blank.unit || used.has(metric.key)) return;
      // A key the token syntax cannot carry would print as text, not as a figure.
      if (!METRIC_KEY_PATTERN.test(metric.key)) return;
      const { score, distance } = bestOverlap(metric.label, window);
      if (score >= MIN_MATCH) candidates.push({ blank: bi, metric: mi, score, distance });
    });
  });

  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance || a.blank - b.blank || a.metric - b.metric);
  const chosen = new Map<number, number>();
  const taken = new Set<string>();
  for (const c of candidates) {
    const key = metrics[c.metric].key;
    if (chosen.has(c.blank) || taken.has(key) || used.has(key)) continue;
    chosen.set(c.blank, c.metric);
    taken.add(key);
  }

  let out = "";
  let cursor = 0;
  const bound: string[] = [];
  blanks.forEach((blank, bi) => {
    const mi = chosen.get(bi);
    if (mi === undefined) return;
    const metric = metrics[mi];
    out += text.slice(cursor, blank.index) + `{{m:${metric.key}}}`;
    cursor = blank.end + blank.unit.length;
    bound.push(metric.key);
    used.add(metric.key);
  });
  return { text: out + text.slice(cursor), bound };
}

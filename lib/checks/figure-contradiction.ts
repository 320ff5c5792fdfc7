// A number typed as text that says something else than the register about the same thing: "注册志愿者
// {{m:volunteers}}" (47人) and, two sentences on, "现有志愿者17人". The leader signs both; one is wrong.
// Same thing = same unit and a shared run of at least two characters in the label (not a generic word
// such as 开展 or 活动); the figure must be quoted in the same text, so a figure of another part of the
// report never judges this one.
import { parseMetricTokens } from "@/lib/reports/text/metric-tokens";
import { guessFigure } from "@/lib/editor/guess-figure";
import { findUnboundNumbers } from "./unbound-numbers";

export interface FigureContradiction {
  index: number;
  length: number;
  /** The literal as typed ("17"). */
  match: string;
  key: string;
  value: number;
  unit: string;
}

const GENERIC = new Set(["开展", "组织", "举办", "活动", "参加", "参与", "完成", "全年", "累计", "社区", "群众", "工作", "服务", "建设"]);
const MIN_RUN = 2;

function sharesRun(a: string, b: string): boolean {
  for (let i = 0; i + MIN_RUN <= a.length; i++) {
    const run = a.slice(i, i + MIN_RUN);
    if (!GENERIC.has(run) && b.includes(run)) return true;
  }
  return false;
}

export function findFigureContradictions(
  text: string,
  metrics: ReadonlyMap<string, { label: string; value: number | null; unit: string }>,
): FigureContradiction[] {
  const quoted = [...new Set(parseMetricTokens(text).map((t) => t.key))]
    .map((key) => ({ key, m: metrics.get(key) }))
    .filter((q): q is { key: string; m: { label: string; value: number; unit: string } } => q.m !== undefined && q.m.value !== null && q.m.unit !== "");
  if (quoted.length === 0) return [];
  const out: FigureContradiction[] = [];
  for (const n of findUnboundNumbers(text)) {
    const value = Number(n.match.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    // "其中送戏演出5场" names a part of the figure, not the figure again.
    if (/其中|包括|含/.test(text.slice(Math.max(0, n.index - 8), n.index))) continue;
    const guess = guessFigure(text, n.index, n.index + n.length);
    if (guess.unit === "" || guess.label === "") continue;
    const rival = quoted.find(({ m }) => m.unit === guess.unit && m.value !== value && sharesRun(guess.label, m.label));
    if (rival) out.push({ index: n.index, length: n.length, match: n.match, key: rival.key, value: rival.m.value, unit: rival.m.unit });
  }
  return out;
}

// Totals and their parts (合计 / 其中). A leader reads "服务群众5200人次，其中老年人3100人次、儿童2500人次"
// and trusts that the parts fit in the whole; "理论宣讲40场、政策宣讲36场，合计86场" that they add up.
// Two sources, one rule:
//  - in the text: a figure followed in the same sentence by 其中 and figures of the same unit (the parts
//    must not exceed it), or two or more figures of one unit followed by 合计/共计/总计 and a figure of that
//    unit (they must add up to it). Chips are read at their register value, literals as typed. 累计 and 共
//    are left alone: "新增志愿者50人，累计470人" is a running total, not a sum of what the sentence lists;
//  - in the register: a figure declared a part of another (partOfKey); the total's partsMode says 合计 (SUM:
//    the parts add up to it) or 其中 (the default: the parts do not exceed it).
// An approximate total (5200余人次) allows the parts up to the next step of its last digit (5300).
import { METRIC_TOKEN_SOURCE } from "@/lib/reports/text/metric-tokens";
import { matchUnitAt } from "@/lib/editor/figure-units";
import { findUnboundNumbers } from "./unbound-numbers";

export type TotalProblem = "exceeds" | "sumMismatch";

export interface TextTotalIssue {
  problem: TotalProblem;
  /** Where the total stands in the text. */
  index: number;
  length: number;
  total: number;
  sum: number;
  unit: string;
}

export interface RegisterTotalIssue {
  problem: TotalProblem;
  key: string;
  total: number;
  sum: number;
  unit: string;
  partKeys: string[];
}

export interface Occurrence {
  index: number;
  length: number;
  value: number;
  unit: string;
  approximate: boolean;
}

type FigureLookup = ReadonlyMap<string, { value: number | null; unit: string }>;

const SENTENCE_END = /[。；;！!？?\n]/;
const PARTS_MARK = "其中";
const SUM_MARKS = ["合计", "共计", "总计"];
/** How far after 合计 the total may stand ("合计开展86场"). */
const SUM_REACH = 8;
const EPSILON = 1e-9;

/** Figures of a text in order: chips at their register value, literals with the unit written after them. */
function occurrences(text: string, figures: FigureLookup): Occurrence[] {
  const out: Occurrence[] = [];
  for (const m of text.matchAll(new RegExp(METRIC_TOKEN_SOURCE, "g"))) {
    const f = figures.get(m[1]!);
    if (!f || f.value === null || f.unit === "") continue;
    out.push({ index: m.index, length: m[0].length, value: f.value, unit: f.unit, approximate: false });
  }
  for (const n of findUnboundNumbers(text)) {
    const value = Number(n.match.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    let at = n.index + n.length;
    const approximate = text[at] === "余" || text[at] === "多";
    if (approximate) at++;
    const unit = matchUnitAt(text, at);
    if (unit === "") continue;
    out.push({ index: n.index, length: n.length, value, unit, approximate });
  }
  return out.sort((a, b) => a.index - b.index).filter((o) => o.unit !== "%");
}

/** The largest value an approximate figure may stand for: 5200余 → 5300, 10余 → 20. */
function upperBound(o: Occurrence): number {
  if (!o.approximate) return o.value;
  let step = 1;
  while (o.value % (step * 10) === 0 && step < o.value) step *= 10;
  return o.value + step;
}

const sumOf = (xs: readonly Occurrence[]) => xs.reduce((s, o) => s + o.value, 0);

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SENTENCE_END.test(text[i]!)) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** A whole and its parts as the text states them: 其中 (parts within the whole) or 合计 (parts add up to it). */
export interface TextTotal {
  rule: "parts" | "sum";
  total: Occurrence;
  parts: Occurrence[];
}

export function findTextTotals(text: string, figures: FigureLookup): TextTotal[] {
  const all = occurrences(text, figures);
  const out: TextTotal[] = [];
  for (const { start, end } of sentences(text)) {
    const sentence = text.slice(start, end);
    const inside = all.filter((o) => o.index >= start && o.index < end);
    if (inside.length < 2) continue;

    // 其中: the figure right before the mark is the whole; figures of its unit after it are parts.
    for (let p = sentence.indexOf(PARTS_MARK); p >= 0; p = sentence.indexOf(PARTS_MARK, p + 1)) {
      const at = start + p;
      const whole = [...inside].reverse().find((o) => o.index < at);
      if (!whole) continue;
      // The parts run to the next 其中 or 合计 ("…，合计5200人次" is the whole again, not a part).
      const ends = [PARTS_MARK, ...SUM_MARKS].map((m) => sentence.indexOf(m, p + PARTS_MARK.length)).filter((i) => i >= 0);
      const stop = ends.length === 0 ? end : start + Math.min(...ends);
      const parts = inside.filter((o) => o.index > at && o.index < stop && o.unit === whole.unit);
      if (parts.length > 0) out.push({ rule: "parts", total: whole, parts });
    }

    // 合计 / 共计 / 总计: two or more figures of a unit before the mark, and a figure of that unit just after.
    for (const mark of SUM_MARKS) {
      for (let p = sentence.indexOf(mark); p >= 0; p = sentence.indexOf(mark, p + 1)) {
        const at = start + p;
        const total = inside.find((o) => o.index >= at + mark.length && o.index <= at + mark.length + SUM_REACH);
        if (!total) continue;
        // Parts counted from the last 其中 before the mark, so "共5场，其中A2场、B3场，合计5场" reads the list only.
        const from = start + Math.max(0, sentence.lastIndexOf(PARTS_MARK, p));
        const parts = inside.filter((o) => o.index >= from && o.index < at && o.unit === total.unit);
        if (parts.length >= 2) out.push({ rule: "sum", total, parts });
      }
    }
  }
  return out;
}

/** The stated totals whose parts do not fit: parts beyond a 其中 whole, or a 合计 they do not add up to. */
export function findTextTotalIssues(text: string, figures: FigureLookup): TextTotalIssue[] {
  const out: TextTotalIssue[] = [];
  for (const { rule, total, parts } of findTextTotals(text, figures)) {
    const sum = sumOf(parts);
    const where = { index: total.index, length: total.length, total: total.value, sum, unit: total.unit };
    if (rule === "parts") {
      if (sum > upperBound(total) + EPSILON) out.push({ problem: "exceeds", ...where });
      continue;
    }
    const exact = !total.approximate && !parts.some((o) => o.approximate);
    const ok = exact ? Math.abs(sum - total.value) < EPSILON : sum <= upperBound(total) + EPSILON && sum >= total.value - EPSILON;
    if (!ok) out.push({ problem: "sumMismatch", ...where });
  }
  return out;
}

export interface DeclaredFigure {
  key: string;
  value: number | null;
  unit: string;
  partOfKey?: string | null;
  partsMode?: string | null;
}

/** Totals declared in the register: parts with values, checked against their total. */
export function findRegisterTotalIssues(figures: readonly DeclaredFigure[]): RegisterTotalIssue[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const parts = new Map<string, DeclaredFigure[]>();
  for (const f of figures) {
    if (!f.partOfKey || f.partOfKey === f.key || !byKey.has(f.partOfKey)) continue;
    parts.set(f.partOfKey, [...(parts.get(f.partOfKey) ?? []), f]);
  }
  const out: RegisterTotalIssue[] = [];
  for (const [key, list] of parts) {
    const total = byKey.get(key)!;
    const known = list.filter((p) => p.value !== null);
    if (total.value === null || known.length === 0) continue;
    const sum = known.reduce((s, p) => s + p.value!, 0);
    const partKeys = list.map((p) => p.key);
    if (sum > total.value + EPSILON) out.push({ problem: "exceeds", key, total: total.value, sum, unit: total.unit, partKeys });
    else if (total.partsMode === "SUM" && known.length === list.length && Math.abs(sum - total.value) > EPSILON) {
      out.push({ problem: "sumMismatch", key, total: total.value, sum, unit: total.unit, partKeys });
    }
  }
  return out;
}

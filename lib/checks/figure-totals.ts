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
  /** As written, in `unit`. */
  value: number;
  unit: string;
  /** The unit without its magnitude (万件 → 件) and the value in it: 6401亿元 and 2.53万亿元 compare. */
  base: string;
  scaled: number;
  approximate: boolean;
  /** Right after 共/计 (共569项): a total in its own right, never one of the parts of another. */
  totalWord: boolean;
  /** How deep in （…） it stands: a breakdown in brackets belongs to the figure before the bracket. */
  depth: number;
}

type FigureLookup = ReadonlyMap<string, { value: number | null; unit: string }>;

const SENTENCE_END = /[。；;！!？?\n]/;
/** Words that open a list of parts of the figure before them. */
const PARTS_MARKS = ["其中", "包括"];
const SUM_MARKS = ["合计", "共计", "总计"];
/** How far after 合计 the total may stand ("合计开展86场"). */
const SUM_REACH = 8;
const EPSILON = 1e-9;
const OPEN = "（(";
const CLOSE = "）)";
// A figure right after these is a change (同比增加112件), an average (人均结案233件) or a share, not a count.
const NOT_A_COUNT_BEFORE = /(?:增加|减少|上升|下降|增长|提高|降低|多|少|人均|平均|每|均)$/;
// A figure right before these is a threshold (500件以上), not a count.
const NOT_A_COUNT_AFTER = /^(?:以上|以下|以内|及以上|及以下)/;
const AVERAGE_BEFORE = /人均|平均|户均|每/;
// A bracket that excludes (不含上年旧存…), compares (比上年…) or gives last year's figure ((1111人)) holds no parts.
const NOT_PARTS_BRACKET = /^(?:不含|除|比|较|同比|环比|上年|去年|同期|\d)/;
const MAGNITUDE = /^(?:万亿|[万亿千百])/;
// Classifiers the unit list lacks, in traditional form too (畝, 個) as pasted texts have them.
const CLASSIFIERS = new Set([..."畝個戶項場處臺輛組隊間棟種類門節萬"]);

const MAGNITUDES: [string, number][] = [["万亿", 1e12], ["亿", 1e8], ["万", 1e4], ["千", 1e3], ["百", 1e2]];

function baseOf(unit: string, value: number): { base: string; scaled: number } {
  for (const [prefix, factor] of MAGNITUDES) {
    if (unit.length > prefix.length && unit.startsWith(prefix)) return { base: unit.slice(prefix.length), scaled: value * factor };
  }
  return { base: unit, scaled: value };
}

/** The unit written right after a figure: a known unit, with a magnitude (万件) or a bare classifier. */
function unitAt(text: string, at: number): string {
  const known = matchUnitAt(text, at);
  if (known !== "") return known;
  const mag = MAGNITUDE.exec(text.slice(at, at + 2))?.[0] ?? "";
  if (mag !== "") {
    const rest = matchUnitAt(text, at + mag.length);
    if (rest !== "") return mag + rest;
  }
  const c = text[at] ?? "";
  return CLASSIFIERS.has(c) ? c : "";
}

/** A change, an average or a threshold: nothing to add up. */
function notACount(text: string, index: number, after: string): boolean {
  return (
    NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, index - 2), index)) ||
    AVERAGE_BEFORE.test(text.slice(Math.max(0, index - 6), index)) ||
    NOT_A_COUNT_AFTER.test(after)
  );
}

/** Bracket depth at each position of the text. */
function depths(text: string): number[] {
  const out: number[] = [];
  let d = 0;
  for (const ch of text) {
    // Characters of the astral planes take two positions; both get the same depth.
    if (CLOSE.includes(ch)) d = Math.max(0, d - 1);
    for (let k = 0; k < ch.length; k++) out.push(d);
    if (OPEN.includes(ch)) d++;
  }
  return out;
}

/** Figures of a text in order: chips at their register value, literals with the unit written after them. */
function occurrences(text: string, figures: FigureLookup): Occurrence[] {
  const depth = depths(text);
  const out: Occurrence[] = [];
  for (const m of text.matchAll(new RegExp(METRIC_TOKEN_SOURCE, "g"))) {
    const f = figures.get(m[1]!);
    if (!f || f.value === null || f.unit === "") continue;
    if (notACount(text, m.index, "")) continue;
    out.push({ index: m.index, length: m[0].length, value: f.value, unit: f.unit, ...baseOf(f.unit, f.value), approximate: false, totalWord: /[共计]$/.test(text.slice(0, m.index)), depth: depth[m.index] ?? 0 });
  }
  const numbers = findUnboundNumbers(text);
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    // "2 189人": a thousands separator typed as a space. The number is read whole, or not at all.
    if (/\d[ \u00a0\u2009]$/.test(text.slice(0, n.index))) continue;
    let index = n.index;
    let digits = n.match;
    while (/^[ \u00a0\u2009]\d{3}(?!\d)/.test(text.slice(index + digits.length))) digits += text.slice(index + digits.length + 1, index + digits.length + 4);
    const value = Number(digits.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    const length = digits.length + (digits.length - n.match.length) / 3;
    let at = index + length;
    const approximate = text[at] === "余" || text[at] === "多";
    if (approximate) at++;
    const unit = unitAt(text, at);
    if (unit === "" || unit === "%") continue;
    if (notACount(text, index, text.slice(at + unit.length))) continue;
    out.push({ index, length, value, unit, ...baseOf(unit, value), approximate, totalWord: /[共计]$/.test(text.slice(0, index)), depth: depth[index] ?? 0 });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The largest value an approximate figure may stand for: 5200余 → 5300, 10余 → 20. */
function upperBound(o: Occurrence): number {
  if (!o.approximate) return o.scaled;
  let step = 1;
  while (o.value % (step * 10) === 0 && step < o.value) step *= 10;
  return (o.value + step) * (o.scaled / o.value || 1);
}

/** The parts' sum in the base unit. */
const sumOf = (xs: readonly Occurrence[]) => xs.reduce((s, o) => s + o.scaled, 0);
/** A base-unit amount back in the unit of the whole, rounded as printed figures are (no float noise). */
const inUnitOf = (whole: Occurrence, amount: number) => Number((amount / (whole.scaled / whole.value || 1)).toPrecision(12));

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

/** Positions of every mark of a list in the sentence, as [start, end) in the text. */
function marksIn(sentence: string, start: number, marks: readonly string[]): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  for (const mark of marks) {
    for (let p = sentence.indexOf(mark); p >= 0; p = sentence.indexOf(mark, p + mark.length)) out.push({ at: start + p, end: start + p + mark.length });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The parts after a mark (其中, 包括) or inside a bracket, per unit: the whole of each unit is the last
 * figure of that unit before the mark, at the mark's depth ("14035户25559人…其中城市6195户12533人…" holds
 * two relations). Parts deeper in brackets belong to their own figure, not to this whole.
 */
function partsAfter(inside: readonly Occurrence[], at: number, stop: number, depth: number): TextTotal[] {
  const parts = inside.filter((o) => o.index > at && o.index < stop && o.depth === depth && !o.totalWord);
  const out: TextTotal[] = [];
  for (const base of new Set(parts.map((o) => o.base))) {
    const whole = [...inside].reverse().find((o) => o.index < at && o.base === base && o.depth <= depth);
    if (!whole) continue;
    // "这128件…" names the whole again; it is not one of its parts.
    const ofUnit = parts.filter((o) => o.base === base && o.scaled !== whole.scaled);
    if (ofUnit.length > 0) out.push({ rule: "parts", total: whole, parts: ofUnit });
  }
  return out;
}

export function findTextTotals(text: string, figures: FigureLookup): TextTotal[] {
  const all = occurrences(text, figures);
  const depth = depths(text);
  const out: TextTotal[] = [];
  for (const { start, end } of sentences(text)) {
    const sentence = text.slice(start, end);
    const inside = all.filter((o) => o.index >= start && o.index < end);
    if (inside.length < 2) continue;
    const sums = marksIn(sentence, start, SUM_MARKS);

    // 其中 / 包括: the parts run to the next mark of a list, a 合计 (which names the whole again) or the
    // end of the bracket the mark stands in.
    const marks = marksIn(sentence, start, PARTS_MARKS);
    for (const m of marks) {
      const d = depth[m.at] ?? 0;
      const sameDepth = (x: { at: number }) => x.at > m.at && (depth[x.at] ?? 0) === d;
      let stop = Math.min(marks.find(sameDepth)?.at ?? end, sums.find(sameDepth)?.at ?? end);
      // Inside a bracket ("255项（其中…223项）") the parts end with it.
      if (d > 0) for (let k = m.end; k < stop; k++) if ((depth[k] ?? 0) < d) stop = k;
      out.push(...partsAfter(inside, m.at, stop, d));
    }

    // A bracket right after a figure holds its breakdown: "122件（刑事8件，民事61件）", "5727件（含旧存172件）".
    for (let k = start; k < end; k++) {
      if (!OPEN.includes(text[k]!) || marks.some((m) => m.at > k && m.at <= k + 2)) continue;
      const d = (depth[k] ?? 0) + 1;
      let stop = k + 1;
      while (stop < end && (depth[stop] ?? 0) >= d) stop++;
      if (NOT_PARTS_BRACKET.test(text.slice(k + 1, stop))) continue;
      out.push(...partsAfter(inside, k, stop, d));
    }

    // 合计 / 共计 / 总计: two or more figures of a unit before the mark, and a figure of that unit just after.
    for (const m of sums) {
      const total = inside.find((o) => o.index >= m.end && o.index <= m.end + SUM_REACH);
      if (!total) continue;
      // Parts counted from the last 其中 before the mark, so "共5场，其中A2场、B3场，合计5场" reads the list only.
      const from = [...marks].reverse().find((x) => x.at < m.at)?.at ?? start;
      const parts = inside.filter((o) => o.index >= from && o.index < m.at && o.base === total.base && o.depth === total.depth && !o.totalWord);
      if (parts.length >= 2) out.push({ rule: "sum", total, parts });
    }
  }
  return out;
}

/** The stated totals whose parts do not fit: parts beyond a 其中 whole, or a 合计 they do not add up to. */
export function findTextTotalIssues(text: string, figures: FigureLookup): TextTotalIssue[] {
  const out: TextTotalIssue[] = [];
  for (const { rule, total, parts } of findTextTotals(text, figures)) {
    const sum = sumOf(parts);
    const where = { index: total.index, length: total.length, total: total.value, sum: inUnitOf(total, sum), unit: total.unit };
    // Relative tolerance: 0.1+0.2 is not 0.3 in floating point, and 万亿 scales the noise up.
    const eps = EPSILON * Math.max(1, Math.abs(total.scaled));
    if (rule === "parts") {
      if (sum > upperBound(total) + eps) out.push({ problem: "exceeds", ...where });
      continue;
    }
    const exact = !total.approximate && !parts.some((o) => o.approximate);
    const ok = exact ? Math.abs(sum - total.scaled) < eps : sum <= upperBound(total) + eps && sum >= total.scaled - eps;
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

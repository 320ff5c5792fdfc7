// From the corrected import preview (blocks) to what a report stores: sections with lead sentence and
// body, plan items, part titles, and the figure register. Pure, so the preview (client) and the save
// (server) compute the same figure offers from the same blocks: the server trusts only the offer ids the
// user accepted, never values sent from the browser.
import { detectBlanks } from "@/lib/reports/text";
import { splitLeadSentence } from "@/lib/reports/text/parse-summary-text";
import type { ImportBlock, ImportBlockKind } from "@/lib/reports/text/import-blocks";
import { findUnboundNumbers } from "@/lib/checks/unbound-numbers";
import { guessFigure } from "@/lib/editor/guess-figure";
import { suggestMetricKey } from "@/lib/editor/suggest-metric-key";
import { bindTemplateBlanks, type TemplateMetric } from "@/lib/editor/bind-template-blanks";

/** Kinds whose text goes into the report (and so may hold figures and blanks). */
export const CONTENT_KINDS: ReadonlySet<ImportBlockKind> = new Set(["OPENING", "ACHIEVEMENT", "PROBLEM", "PLAN", "CLOSING"]);

export interface FigureOffer {
  /** `<block>:<offset>` — stable for the same blocks, so client and server agree on it. */
  id: string;
  block: number;
  index: number;
  /** Characters the chip replaces: the number and, when known, its unit. */
  length: number;
  match: string;
  value: number;
  label: string;
  unit: string;
  /** "5200余人次": the 余 must stay in the text, so the figure is left as typed (not offered for binding). */
  approximate: boolean;
}

export interface PlannedMetric {
  key: string;
  label: string;
  unit: string;
  value: number | null;
}

export interface ImportPlan {
  title: string | null;
  achievementsTitle: string | null;
  problemsTitle: string | null;
  planTitle: string | null;
  sections: { kind: "OPENING" | "ACHIEVEMENT" | "PROBLEM" | "CLOSING"; heading: string; body: string }[];
  planItems: string[];
  metrics: PlannedMetric[];
  /** 落款 date, when the signature block has one (2024年12月20日). */
  documentDate: { year: number; month: number; day: number } | null;
}

const NUMERIC = /^\d+(?:\.\d+)?$/;

/** Every literal figure in the content blocks with a guessed label and unit, in document order. */
export function findFigureOffers(blocks: readonly ImportBlock[]): FigureOffer[] {
  const offers: FigureOffer[] = [];
  blocks.forEach((block, b) => {
    if (!CONTENT_KINDS.has(block.kind)) return;
    for (const n of findUnboundNumbers(block.text)) {
      const plain = n.match.replace(/,/g, "");
      if (!NUMERIC.test(plain)) continue;
      const end = n.index + n.length;
      const guess = guessFigure(block.text, n.index, end);
      // Without words before it a figure has no name to register it under.
      if (guess.label === "") continue;
      const approximate = /^[余多]/.test(block.text.slice(end));
      const length = n.length + (approximate ? 0 : guess.unitLength);
      offers.push({
        id: `${b}:${n.index}`,
        block: b,
        index: n.index,
        length,
        match: block.text.slice(n.index, n.index + length),
        value: Number(plain),
        label: guess.label,
        unit: guess.unit,
        approximate,
      });
    }
  });
  return offers;
}

function replaceRanges(text: string, ranges: { index: number; length: number; by: string }[]): string {
  let out = text;
  for (const r of [...ranges].sort((a, b) => b.index - a.index)) out = out.slice(0, r.index) + r.by + out.slice(r.index + r.length);
  return out;
}

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/**
 * The figure blanks of a block that can become figures of their own: named by the words before them and
 * with a unit after them. Not approximate ones (X余人次: the 余 must stay) and none in plan items, whose
 * blanks are next year's targets (不少于X场), not figures of this year's register.
 */
function registrableBlanks(text: string, kind: ImportBlockKind): { index: number; length: number; label: string; unit: string }[] {
  if (kind === "PLAN") return [];
  const out: { index: number; length: number; label: string; unit: string }[] = [];
  for (const blank of detectBlanks(text)) {
    if (blank.kind !== "figure") continue;
    const end = blank.index + blank.length;
    const guess = guessFigure(text, blank.index, end);
    if (guess.label === "" || guess.unit === "" || /^[余多]/.test(text.slice(end))) continue;
    out.push({ index: blank.index, length: blank.length + guess.unitLength, label: guess.label, unit: guess.unit });
  }
  return out;
}

/**
 * Builds what the report will hold. Accepted literal figures become chips with their value; figure blanks
 * bind to the template's figures where the words name one (开展宣讲X场), else become empty figures named from
 * the words before them — filled once, printed everywhere. Template figures the text never uses are not
 * carried in. Date and name blanks stay in the text for the writer to fill.
 */
export function planImport(
  blocks: readonly ImportBlock[],
  acceptedOfferIds: ReadonlySet<string>,
  templateMetrics: readonly TemplateMetric[],
): ImportPlan {
  const offers = findFigureOffers(blocks).filter((o) => acceptedOfferIds.has(o.id) && !o.approximate);
  const metrics: PlannedMetric[] = [];
  const taken = new Set<string>(templateMetrics.map((m) => m.key));
  const used = new Set<string>();
  const addMetric = (label: string, unit: string, value: number | null) => {
    const key = suggestMetricKey(label, taken);
    taken.add(key);
    metrics.push({ key, label, unit, value });
    return `{{m:${key}}}`;
  };

  const plan: ImportPlan = {
    title: null, achievementsTitle: null, problemsTitle: null, planTitle: null,
    sections: [], planItems: [], metrics, documentDate: null,
  };

  blocks.forEach((block, b) => {
    const raw = block.text.trim();
    switch (block.kind) {
      case "TITLE":
        plan.title = plan.title === null ? raw : `${plan.title}${raw}`;
        return;
      case "ACHIEVEMENTS_TITLE":
        plan.achievementsTitle = raw.replace(/[：:]$/, "");
        return;
      case "PROBLEMS_TITLE":
        plan.problemsTitle = raw.replace(/[：:]$/, "");
        return;
      case "PLAN_TITLE":
        plan.planTitle = raw.replace(/[：:]$/, "");
        return;
      case "SIGNATURE": {
        const m = DATE.exec(raw);
        if (m) plan.documentDate = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
        return;
      }
      case "REMOVED":
        return;
    }
    // 1. accepted literal figures → chips with their value
    let text = replaceRanges(
      block.text,
      offers.filter((o) => o.block === b).map((o) => ({ index: o.index, length: o.length, by: addMetric(o.label, o.unit, o.value) })),
    );
    // 2. figure blanks the template names → the template's figures (empty)
    const bound = bindTemplateBlanks(text, templateMetrics, used);
    text = bound.text;
    for (const key of bound.bound) {
      const m = templateMetrics.find((t) => t.key === key);
      if (m) metrics.push({ key: m.key, label: m.label, unit: m.unit, value: null });
    }
    // 3. other figure blanks → empty figures of their own, bound in place. Not in plan items: a blank
    //    there is next year's target (不少于X场), not a figure of this year's register.
    const ranges = registrableBlanks(text, block.kind).map((b) => ({ index: b.index, length: b.length, by: addMetric(b.label, b.unit, null) }));
    text = replaceRanges(text, ranges).trim();
    if (text === "") return;

    if (block.kind === "PLAN") plan.planItems.push(text.replace(/\n+/g, ""));
    else if (block.kind === "OPENING" || block.kind === "CLOSING") plan.sections.push({ kind: block.kind, heading: "", body: text });
    else {
      const [first, ...more] = text.split("\n");
      const { heading, body } = splitLeadSentence(first);
      plan.sections.push({ kind: block.kind, heading, body: [body, ...more].filter((s) => s !== "").join("\n") });
    }
  });
  return plan;
}

/** Splits a block at `offset` into two of the same kind (the preview's 拆分); empty halves are refused. */
export function splitBlock(blocks: readonly ImportBlock[], at: number, offset: number): ImportBlock[] {
  const block = blocks[at];
  if (!block) return [...blocks];
  const left = block.text.slice(0, offset).trim();
  const right = block.text.slice(offset).trim();
  if (left === "" || right === "") return [...blocks];
  return [...blocks.slice(0, at), { ...block, text: left }, { kind: block.kind, text: right }, ...blocks.slice(at + 1)];
}

/** Joins a block to the one before it (the preview's 合并); the earlier block's kind wins. */
export function mergeWithPrevious(blocks: readonly ImportBlock[], at: number): ImportBlock[] {
  if (at <= 0 || at >= blocks.length) return [...blocks];
  const prev = blocks[at - 1];
  const joined: ImportBlock = { ...prev, text: `${prev.text}\n${blocks[at].text}` };
  return [...blocks.slice(0, at - 1), joined, ...blocks.slice(at + 1)];
}

/** A removed line put back: it takes the kind of the content before it (or opens the document). */
export function restoreBlock(blocks: readonly ImportBlock[], at: number): ImportBlock[] {
  const before = blocks.slice(0, at).reverse().find((b) => CONTENT_KINDS.has(b.kind));
  const kind: ImportBlockKind = before?.kind ?? "OPENING";
  return blocks.map((b, i) => (i === at ? { kind, text: b.text } : b));
}

export interface TemplatePlan {
  name: string;
  titlePattern: string;
  sections: { kind: "OPENING" | "ACHIEVEMENT" | "PROBLEM" | "PLAN" | "CLOSING"; heading: string; body: string }[];
  metrics: { key: string; label: string; unit: string }[];
}

/**
 * A document imported as a template (导入为模板). The text keeps its blanks — a report started from the
 * template binds them to the template's figures (bindReportBlanks) — and every figure blank with words
 * and a unit becomes one of the template's figures. Accepted literal figures of a filled report become
 * blanks of their own (86场 → X场), so last year's report can serve as next year's template.
 * The title's year becomes {year}.
 */
export function planTemplateImport(blocks: readonly ImportBlock[], acceptedOfferIds: ReadonlySet<string>): TemplatePlan {
  const offers = findFigureOffers(blocks).filter((o) => acceptedOfferIds.has(o.id) && !o.approximate);
  const metrics: TemplatePlan["metrics"] = [];
  const taken = new Set<string>();
  const sections: TemplatePlan["sections"] = [];
  let title = "";
  blocks.forEach((block, b) => {
    if (block.kind === "TITLE") title += block.text.trim();
    if (!CONTENT_KINDS.has(block.kind)) return;
    // The number of an accepted figure becomes a blank; its unit stays.
    const text = replaceRanges(
      block.text,
      offers.filter((o) => o.block === b).map((o) => ({ index: o.index, length: o.match.length - o.unit.length, by: "X" })),
    ).trim();
    for (const b of registrableBlanks(text, block.kind)) {
      const key = suggestMetricKey(b.label, taken);
      taken.add(key);
      metrics.push({ key, label: b.label, unit: b.unit });
    }
    if (text === "") return;
    if (block.kind === "OPENING" || block.kind === "CLOSING") sections.push({ kind: block.kind, heading: "", body: text });
    else if (block.kind === "PLAN") sections.push({ kind: "PLAN", heading: text.replace(/\n+/g, ""), body: "" });
    else {
      const [first, ...more] = text.split("\n");
      const { heading, body } = splitLeadSentence(first);
      sections.push({ kind: block.kind === "PROBLEM" ? "PROBLEM" : "ACHIEVEMENT", heading, body: [body, ...more].filter((s) => s !== "").join("\n") });
    }
  });
  const titlePattern = title.replace(/(?:19|20)\d{2}(?=\s*年)|20[X×xＸ_＿*＊]{2}(?=\s*年)/, "{year}");
  const name = title.replace(/(?:19|20)\d{2}\s*年度?|20[X×xＸ_＿*＊]{2}\s*年度?/, "").trim() || title;
  return { name, titlePattern: titlePattern || "{year}年度工作总结", sections, metrics };
}

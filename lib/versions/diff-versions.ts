// What changed between two frozen versions of a report: per section, character by character (Chinese has
// no spaces, so words are no unit), figures printed as the reader sees them, plus the figures themselves
// and the plan items. Pure; runs on the snapshots stored in ReportVersion.
import { diffArrays, diffChars } from "diff";
import { renderMetrics } from "@/lib/reports/text";
import type { ReportSnapshot } from "@/lib/reports/snapshot";

export type PartOp = "same" | "added" | "removed";
export interface TextPart {
  text: string;
  op: PartOp;
}
export type ItemChange = "same" | "changed" | "added" | "removed";

export interface SectionDiff {
  kind: string;
  /** 1-based numbers among the sections of the kind, in the older and the newer version. */
  ordinalFrom: number | null;
  ordinalTo: number | null;
  change: ItemChange;
  heading: TextPart[];
  body: TextPart[];
}

export interface MetricDiff {
  key: string;
  label: string;
  unit: string;
  from: number | null;
  to: number | null;
  /** Also set when only the label or unit changed. */
  change: Exclude<ItemChange, "same">;
}

export interface PlanDiff {
  ordinalFrom: number | null;
  ordinalTo: number | null;
  change: ItemChange;
  text: TextPart[];
}

/** A plan item of last year under review: the item itself, this year's verdict before and after, and the evidence. */
export interface PlanReviewDiff {
  /** 1-based, in the newer version (the older one when removed). */
  n: number;
  text: string;
  verdictFrom: string | null;
  verdictTo: string | null;
  evidence: TextPart[];
  change: ItemChange;
}

export interface SnapshotDiff {
  title: TextPart[] | null;
  sections: SectionDiff[];
  metrics: MetricDiff[];
  plans: PlanDiff[];
  /** Every reviewed item, changed or not: the reviewer checks the verdicts, not only what moved. */
  planReviews: PlanReviewDiff[];
  /** Sections, figures and plan items that differ (title included). */
  changedCount: number;
}

/** Canonical order of the parts of a summary; unknown kinds follow in order of appearance. */
const KIND_ORDER = ["OPENING", "ACHIEVEMENT", "PROBLEM", "PLAN", "CLOSING"];
/** Character diffs of very different long texts are quadratic; past this, show old and new whole. */
const DIFF_TIMEOUT_MS = 400;

export function diffText(before: string, after: string): TextPart[] {
  if (before === after) return before ? [{ text: before, op: "same" }] : [];
  const changes = diffChars(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    return [
      ...(before ? [{ text: before, op: "removed" as const }] : []),
      ...(after ? [{ text: after, op: "added" as const }] : []),
    ];
  }
  return changes
    .filter((c) => c.value !== "")
    .map((c) => ({ text: c.value, op: c.added ? "added" : c.removed ? "removed" : "same" }));
}

/**
 * Lines two lists up: identical items anchor the alignment; within a run of differing items the removed
 * and added ones are paired in order (an edited item), the rest are plain additions or removals.
 */
export function alignLists<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean) {
  const out: { from: T | null; to: T | null; fromIndex: number | null; toIndex: number | null }[] = [];
  let i = 0;
  let j = 0;
  let removed: T[] = [];
  const flushRemoved = (added: T[]) => {
    const n = Math.max(removed.length, added.length);
    for (let k = 0; k < n; k++) {
      const from = removed[k] ?? null;
      const to = added[k] ?? null;
      out.push({ from, to, fromIndex: from === null ? null : i++, toIndex: to === null ? null : j++ });
    }
    removed = [];
  };
  for (const change of diffArrays([...before], [...after], { comparator: same })) {
    if (change.removed) {
      removed.push(...change.value);
    } else if (change.added) {
      flushRemoved(change.value);
    } else {
      flushRemoved([]);
      for (let k = 0; k < change.value.length; k++) {
        out.push({ from: before[i], to: after[j], fromIndex: i++, toIndex: j++ });
      }
    }
  }
  flushRemoved([]);
  return out;
}

function changeOf(from: unknown, to: unknown, equal: boolean): ItemChange {
  if (from === null) return "added";
  if (to === null) return "removed";
  return equal ? "same" : "changed";
}

export function diffSnapshots(a: ReportSnapshot, b: ReportSnapshot): SnapshotDiff {
  const metricsA = new Map(a.metrics.map((m) => [m.key, m]));
  const metricsB = new Map(b.metrics.map((m) => [m.key, m]));
  const renderA = (t: string) => renderMetrics(t, metricsA);
  const renderB = (t: string) => renderMetrics(t, metricsB);

  const kinds = [...new Set([...KIND_ORDER, ...a.sections.map((s) => s.kind), ...b.sections.map((s) => s.kind)])];
  const sections: SectionDiff[] = [];
  for (const kind of kinds) {
    const left = a.sections.filter((s) => s.kind === kind);
    const right = b.sections.filter((s) => s.kind === kind);
    // Compared as printed: a section whose figure changed is a changed section.
    const printed = (s: { heading: string; body: string }, r: (t: string) => string) => `${r(s.heading)}\u0000${r(s.body)}`;
    const leftPrinted = new Map(left.map((s) => [s, printed(s, renderA)]));
    const rightPrinted = new Map(right.map((s) => [s, printed(s, renderB)]));
    const pairs = alignLists<(typeof left)[number]>([...left], [...right], (x, y) => {
      const px = leftPrinted.get(x) ?? rightPrinted.get(x);
      const py = rightPrinted.get(y) ?? leftPrinted.get(y);
      return px === py;
    });
    for (const p of pairs) {
      const headingA = p.from ? renderA(p.from.heading) : "";
      const headingB = p.to ? renderB(p.to.heading) : "";
      const bodyA = p.from ? renderA(p.from.body) : "";
      const bodyB = p.to ? renderB(p.to.body) : "";
      sections.push({
        kind,
        ordinalFrom: p.fromIndex === null ? null : p.fromIndex + 1,
        ordinalTo: p.toIndex === null ? null : p.toIndex + 1,
        change: changeOf(p.from, p.to, headingA === headingB && bodyA === bodyB),
        heading: diffText(headingA, headingB),
        body: diffText(bodyA, bodyB),
      });
    }
  }

  const metrics: MetricDiff[] = [];
  for (const key of [...new Set([...metricsA.keys(), ...metricsB.keys()])]) {
    const x = metricsA.get(key);
    const y = metricsB.get(key);
    const shown = y ?? x!;
    if (x && y && x.value === y.value && x.label === y.label && x.unit === y.unit) continue;
    metrics.push({
      key,
      label: shown.label,
      unit: shown.unit,
      from: x?.value ?? null,
      to: y?.value ?? null,
      change: !x ? "added" : !y ? "removed" : "changed",
    });
  }

  const planPairs = alignLists(a.planItems.map((p) => renderA(p.text)), b.planItems.map((p) => renderB(p.text)), (x, y) => x === y);
  const plans: PlanDiff[] = planPairs.map((p) => ({
    ordinalFrom: p.fromIndex === null ? null : p.fromIndex + 1,
    ordinalTo: p.toIndex === null ? null : p.toIndex + 1,
    change: changeOf(p.from, p.to, p.from === p.to),
    text: diffText(p.from ?? "", p.to ?? ""),
  }));

  const reviewPairs = alignLists(a.planReviews ?? [], b.planReviews ?? [], (x, y) => x.text === y.text);
  const planReviews: PlanReviewDiff[] = reviewPairs.map((p) => {
    const shown = (p.to ?? p.from)!;
    const same = !!p.from && !!p.to && p.from.verdict === p.to.verdict && p.from.evidence === p.to.evidence;
    return {
      n: (p.toIndex ?? p.fromIndex ?? 0) + 1,
      text: shown.text,
      verdictFrom: p.from?.verdict ?? null,
      verdictTo: p.to?.verdict ?? null,
      evidence: diffText(p.from?.evidence ?? "", p.to?.evidence ?? ""),
      change: p.from === null ? "added" : p.to === null ? "removed" : same ? "same" : "changed",
    };
  });

  const title = a.title === b.title ? null : diffText(a.title, b.title);
  const changedCount =
    (title ? 1 : 0) +
    sections.filter((s) => s.change !== "same").length +
    metrics.length +
    plans.filter((p) => p.change !== "same").length +
    planReviews.filter((r) => r.change !== "same").length;
  return { title, sections, metrics, plans, planReviews, changedCount };
}

/** Parses a stored snapshot (canonical JSON written by lib/reports/snapshot.ts). */
export function parseSnapshot(json: string): ReportSnapshot {
  const raw = JSON.parse(json) as Partial<ReportSnapshot>;
  return {
    title: raw.title ?? "",
    sections: raw.sections ?? [],
    metrics: raw.metrics ?? [],
    planItems: raw.planItems ?? [],
    planReviews: raw.planReviews ?? [],
  };
}

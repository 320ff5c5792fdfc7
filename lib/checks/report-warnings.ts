// The warnings of the check panel, computed on the server from the stored report, so the submission can
// ask for a confirm and keep the list it was confirmed with. Warnings never block: the writer may know
// better (a figure quoted from another unit, a year named on purpose), but the leader should see them.
import { findUnboundNumbers } from "./unbound-numbers";
import { carriedFacts, stillCarried } from "./carried-sentences";
import { findStaleYears } from "./stale-years";
import { checkStatedChanges, findStatedChanges } from "./stated-change";
import { findFigureContradictions } from "./figure-contradiction";
import { findRegisterTotalIssues, findTextTotalIssues, type TotalProblem } from "./figure-totals";

export type ReportWarning =
  | { code: "emptyPlan" }
  | { code: "emptyProblems" }
  | { code: "carriedOver"; kind: string; ordinal: number; sentences: number }
  | { code: "carriedDate"; kind: string; ordinal: number; match: string }
  | { code: "carriedFigure"; kind: string; ordinal: number; match: string }
  | { code: "unverdicted"; n: number }
  | { code: "staleYear"; kind: string; ordinal: number; year: number }
  | { code: "unbound"; kind: string; ordinal: number; match: string }
  | { code: "changeMismatch"; kind: string; ordinal: number; phrase: string }
  | { code: "contradiction"; kind: string; ordinal: number; match: string; label: string; value: number; unit: string }
  | { code: "textTotal"; kind: string; ordinal: number; problem: TotalProblem; total: number; sum: number; unit: string }
  | { code: "registerTotal"; problem: TotalProblem; label: string; total: number; sum: number; unit: string };

export interface WarningInput {
  year: number;
  /** carried: the sentences still as they came from last year's report (沿用上年). */
  sections: ReadonlyArray<{ id: string; kind: string; position: number; heading: string; body: string; carried?: readonly string[] }>;
  metrics: ReadonlyArray<{
    key: string;
    label: string;
    value: number | null;
    unit: string;
    previousValue: number | null;
    partOfKey?: string | null;
    partsMode?: string | null;
  }>;
  planItems: ReadonlyArray<{ text: string }>;
  planReviews: ReadonlyArray<{ position: number; verdict: string | null }>;
}

export function listReportWarnings(input: WarningInput): ReportWarning[] {
  const out: ReportWarning[] = [];
  if (input.planItems.length === 0) out.push({ code: "emptyPlan" });
  if (!input.sections.some((s) => s.kind === "PROBLEM")) out.push({ code: "emptyProblems" });
  for (const r of [...input.planReviews].sort((a, b) => a.position - b.position)) {
    if (r.verdict === null) out.push({ code: "unverdicted", n: r.position + 1 });
  }
  const metrics = new Map(input.metrics.map((m) => [m.key, m]));
  for (const r of findRegisterTotalIssues(input.metrics)) {
    out.push({ code: "registerTotal", problem: r.problem, label: metrics.get(r.key)?.label ?? r.key, total: r.total, sum: r.sum, unit: r.unit });
  }
  const ordinal = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const s of [...input.sections].sort((a, b) => a.position - b.position)) {
    const n = (seen.get(s.kind) ?? 0) + 1;
    seen.set(s.kind, n);
    ordinal.set(s.id, n);
  }
  for (const s of [...input.sections].sort((a, b) => a.position - b.position)) {
    const where = { kind: s.kind, ordinal: ordinal.get(s.id) ?? 1 };
    // Only the ones the text still holds as they came (the caller's list may predate an edit).
    const still = stillCarried(s.carried ?? [], s.heading, s.body);
    if (still.length > 0) out.push({ code: "carriedOver", ...where, sentences: still.length });
    const carried = new Set(still);
    for (const text of [s.heading, s.body]) {
      for (const y of findStaleYears(text, input.year)) out.push({ code: "staleYear", ...where, year: y.year });
      // Dates and typed figures in sentences still as last year wrote them: last year's facts.
      const facts = carriedFacts(text, carried, findUnboundNumbers);
      for (const f of facts) out.push({ code: f.kind === "date" ? "carriedDate" : "carriedFigure", ...where, match: f.match });
      const stated = findStatedChanges(text);
      for (const n of findUnboundNumbers(text)) {
        if (stated.some((c) => n.index < c.index + c.length && n.index + n.length > c.index)) continue;
        if (facts.some((f) => f.kind === "figure" && f.index === n.index)) continue;
        out.push({ code: "unbound", ...where, match: n.match });
      }
      for (const c of checkStatedChanges(text, metrics)) if (!c.ok) out.push({ code: "changeMismatch", ...where, phrase: c.phrase });
      for (const c of findFigureContradictions(text, metrics)) {
        out.push({ code: "contradiction", ...where, match: c.match, label: metrics.get(c.key)?.label ?? c.key, value: c.value, unit: c.unit });
      }
      for (const c of findTextTotalIssues(text, metrics)) {
        out.push({ code: "textTotal", ...where, problem: c.problem, total: c.total, sum: c.sum, unit: c.unit });
      }
    }
  }
  return out;
}

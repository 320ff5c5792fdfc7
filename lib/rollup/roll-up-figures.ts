// The roll-up arithmetic: a parent unit's figures combined from its children's reports, code by code,
// as each figure's definition says (figure-rule.ts), with every unit's part beside the total. Pure.
//
// A child that has units below it owing reports in the round contributes its own roll-up (so a 区 rolls
// up its 街道's roll-ups of their 社区); a child without contributes its report's figure. A unit that owes
// no report, has none yet, has no value for the figure or states it in another unit is shown as such and
// left out of the total — never counted as zero — and the total says how many of the expected units it
// holds.
import { ruleOf, type FigureDefinition, type FigureRule } from "./figure-rule";

export interface ReportedFigure {
  label: string;
  unit: string;
  value: number | null;
  previousValue: number | null;
}

export type RollupReportStatus = "DRAFT" | "IN_REVIEW" | "APPROVED";

export interface RollupUnit {
  unitId: string;
  unitName: string;
  /** Whether the unit owes a report in the round. */
  owes: boolean;
  report: { id: string; status: RollupReportStatus; versionNumber: number | null; figures: Record<string, ReportedFigure> } | null;
  children: RollupUnit[];
}

export type ContributionState = "VALUE" | "NO_VALUE" | "NO_REPORT" | "NOT_OWING" | "OTHER_UNIT";

export interface Contribution {
  unitId: string;
  unitName: string;
  state: ContributionState;
  value: number | null;
  previousValue: number | null;
  /** "rollup" when the value is the child's own roll-up of the units below it. */
  via: "report" | "rollup" | null;
  /** For a child that rolls up: the figure its own report states, if any (to compare). */
  reportedValue: number | null;
  /** OTHER_UNIT: the unit the child used. */
  reportedUnit?: string;
}

export interface CombinedFigure {
  key: string;
  label: string;
  unit: string;
  rule: FigureRule;
  value: number | null;
  previousValue: number | null;
  /** Units whose figures are in the total, and units expected to be (owing a report). */
  counted: number;
  expected: number;
  complete: boolean;
  breakdown: Contribution[];
}

export interface ChildSummary {
  unitId: string;
  unitName: string;
  owes: boolean;
  report: { id: string; status: RollupReportStatus; versionNumber: number | null } | null;
  /** Set when the child has units below it owing reports: its own roll-up. */
  rollup: Rollup | null;
}

export interface Rollup {
  unitId: string;
  unitName: string;
  figures: CombinedFigure[];
  children: ChildSummary[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function owesBelow(node: RollupUnit): boolean {
  return node.children.some((c) => c.owes || owesBelow(c));
}

/** Every figure key used below `node`, in first-seen order, with the label and unit first seen. */
function reportedKeys(node: RollupUnit, out = new Map<string, { label: string; unit: string }>()) {
  for (const c of node.children) {
    if (c.report) for (const [k, f] of Object.entries(c.report.figures)) if (!out.has(k)) out.set(k, { label: f.label, unit: f.unit });
    reportedKeys(c, out);
  }
  return out;
}

/** Combines the figures of `node`'s children. `definitions` (the round's template figures) come first, in order. */
export function rollUp(node: RollupUnit, definitions: readonly FigureDefinition[]): Rollup {
  const defs = new Map<string, FigureDefinition>();
  for (const d of definitions) defs.set(d.key, d);
  for (const [key, f] of reportedKeys(node)) if (!defs.has(key)) defs.set(key, { key, label: f.label, unit: f.unit });
  return rollUpWith(node, defs);
}

function rollUpWith(node: RollupUnit, defs: Map<string, FigureDefinition>): Rollup {
  const childRollups = new Map<string, Rollup>();
  for (const c of node.children) if (owesBelow(c)) childRollups.set(c.unitId, rollUpWith(c, defs));

  const contribution = (child: RollupUnit, key: string): Contribution => {
    const base = { unitId: child.unitId, unitName: child.unitName };
    const own = child.report?.figures[key];
    const sub = childRollups.get(child.unitId);
    if (sub) {
      const f = sub.figures.find((x) => x.key === key)!;
      return {
        ...base,
        state: f.value === null ? (f.counted === 0 && f.expected === 0 ? "NOT_OWING" : "NO_VALUE") : "VALUE",
        value: f.value,
        previousValue: f.previousValue,
        via: "rollup",
        reportedValue: own?.value ?? null,
      };
    }
    const none = { ...base, value: null, previousValue: null, via: null, reportedValue: null };
    if (!child.owes) return { ...none, state: "NOT_OWING" };
    if (!child.report) return { ...none, state: "NO_REPORT" };
    if (!own || own.value === null) return { ...none, state: "NO_VALUE", via: "report" };
    const def = defs.get(key)!;
    if (own.unit.trim() !== def.unit.trim()) return { ...none, state: "OTHER_UNIT", via: "report", reportedUnit: own.unit };
    return { ...base, state: "VALUE", value: own.value, previousValue: own.previousValue, via: "report", reportedValue: null };
  };

  const sumOf = (xs: (number | null)[]) => {
    const present = xs.filter((x): x is number => x !== null);
    return present.length ? round(present.reduce((a, b) => a + b, 0)) : null;
  };

  const figures: CombinedFigure[] = [];
  for (const def of defs.values()) {
    const rule = ruleOf(def);
    const breakdown = node.children.map((c) => contribution(c, def.key));
    const expected = breakdown.filter((b) => b.state !== "NOT_OWING").length;
    const valued = breakdown.filter((b) => b.state === "VALUE");
    let value: number | null = null;
    let previousValue: number | null = null;
    let counted = valued.length;
    if (rule.kind === "SUM") {
      value = sumOf(valued.map((b) => b.value));
      previousValue = sumOf(valued.map((b) => b.previousValue));
    } else if (rule.kind === "MEAN") {
      value = valued.length ? round(valued.reduce((a, b) => a + b.value!, 0) / valued.length) : null;
      const prev = valued.map((b) => b.previousValue).filter((x): x is number => x !== null);
      previousValue = prev.length ? round(prev.reduce((a, b) => a + b, 0) / prev.length) : null;
    } else if (rule.kind === "RATIO" || rule.kind === "GROWTH") {
      // Recomputed from the source figures of the children that state both parts.
      const [aKey, bKey] = rule.kind === "RATIO" ? [rule.numeratorKey, rule.denominatorKey] : [rule.baseKey, rule.baseKey];
      const pairs = node.children
        .map((c) => [contribution(c, aKey), contribution(c, bKey)] as const)
        .filter(([a, b]) => a.state === "VALUE" && b.state === "VALUE");
      counted = pairs.length;
      if (rule.kind === "RATIO") {
        const n = sumOf(pairs.map(([a]) => a.value));
        const d = sumOf(pairs.map(([, b]) => b.value));
        value = n !== null && d ? round((n / d) * rule.factor) : null;
        const prevPairs = pairs.filter(([a, b]) => a.previousValue !== null && b.previousValue !== null);
        const pn = sumOf(prevPairs.map(([a]) => a.previousValue));
        const pd = sumOf(prevPairs.map(([, b]) => b.previousValue));
        previousValue = prevPairs.length && pn !== null && pd ? round((pn / pd) * rule.factor) : null;
      } else {
        const withPrev = pairs.filter(([a]) => a.previousValue !== null);
        counted = withPrev.length;
        const now = sumOf(withPrev.map(([a]) => a.value));
        const before = sumOf(withPrev.map(([a]) => a.previousValue));
        value = now !== null && before ? round((now / before - 1) * 100) : null;
      }
    }
    figures.push({
      key: def.key,
      label: def.label,
      unit: def.unit,
      rule,
      value,
      previousValue,
      counted: rule.kind === "NONE" ? valued.length : counted,
      expected,
      complete: expected > 0 && (rule.kind === "NONE" ? valued.length : counted) === expected,
      breakdown,
    });
  }

  return {
    unitId: node.unitId,
    unitName: node.unitName,
    figures,
    children: node.children.map((c) => ({
      unitId: c.unitId,
      unitName: c.unitName,
      owes: c.owes,
      report: c.report ? { id: c.report.id, status: c.report.status, versionNumber: c.report.versionNumber } : null,
      rollup: childRollups.get(c.unitId) ?? null,
    })),
  };
}

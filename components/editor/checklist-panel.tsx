"use client";
// The side panel: the stops in document order and the warnings, re-rendered on each change tick — the
// only part of the page that does, so a keystroke costs its own section and this panel, nothing else.
import { useEffect, useRef } from "react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { chineseNumeral } from "@/lib/reports/text";
import { findRepeatedUnits } from "@/lib/editor/repeated-unit";
import type { SectionText } from "@/lib/editor/text-to-doc";
import { renderMetrics } from "@/lib/reports/text/metric-tokens";
import { findUnboundNumbers } from "@/lib/checks/unbound-numbers";
import { carriedFacts, stillCarried } from "@/lib/checks/carried-sentences";
import { findStaleYears } from "@/lib/checks/stale-years";
import { checkStatedChanges, findStatedChanges } from "@/lib/checks/stated-change";
import { findFigureContradictions } from "@/lib/checks/figure-contradiction";
import { findRegisterTotalIssues, findTextTotalIssues } from "@/lib/checks/figure-totals";
import { formatChange } from "@/lib/reports/text/year-over-year";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useNavigator, useStops, type ListedStop } from "./blank-navigator";
import { BlankChecklist, type ChecklistWarning } from "./blank-checklist";
import type { FigureStore } from "./figure-store";
import type { EditorMetric, EditorPlanItem, EditorPlanReview, EditorSection } from "./types";

export function ChecklistPanel(props: {
  sections: EditorSection[];
  planItems: EditorPlanItem[];
  /** The register as loaded: which figures are parts of which (values come live from the store). */
  metrics: EditorMetric[];
  store: FigureStore;
  /** the live text of a section or plan item (as typed, not yet saved) */
  sectionText: (id: string) => SectionText | undefined;
  planText: (id: string) => string | undefined;
  labelOf: (s: EditorSection) => string;
  planReviews: EditorPlanReview[];
  /** the verdict as chosen now (undefined: unchanged since the page loaded) */
  verdictOf: (id: string) => EditorPlanReview["verdict"] | undefined;
  year: number;
  previousYear: number | null;
}) {
  const t = useTranslations("editor");
  const stops = useStops();
  const nav = useNavigator();
  const { store } = props;
  // The blanks are known only once the sections' editors run, and the warnings are the text checks of
  // every section (5% of the editor page's server time): both wait for the browser, which recomputes them
  // on every change anyway. Before that the panel shows its frame, not a count of 0.
  const hydrated = useHydrated();

  // Arriving from the submit refusal's list (?blank=…): put the caret on that blank once it is known.
  const search = useSearchParams();
  const wanted = useRef(search.get("blank"));
  useEffect(() => {
    const want = wanted.current;
    if (!want || stops.length === 0) return;
    let stop = stops.find((s) => s.id === want);
    if (!stop && want.startsWith("metric:")) {
      const key = store.all().find((f) => `metric:${f.id}` === want)?.key;
      stop = stops.find((s) => s.figureKey === key);
    }
    if (stop) {
      wanted.current = null;
      requestAnimationFrame(() => stop.focus());
    }
  }, [stops, store]);

  const figureLabel = (s: ListedStop) => {
    if (s.where === "metric") return t("checklist.metric", { label: store.get(s.figureKey ?? "")?.label ?? "" });
    return `${s.before ? `…${s.before}` : ""}【${s.match ?? ""}】${s.after ? `${s.after}…` : ""}`;
  };

  // Problems no plan item answers, units written twice after a chip, and figures typed as plain numbers.
  const units = new Map(store.all().map((f) => [f.key, { unit: f.unit }]));
  const render = (text: string) => renderMetrics(text, new Map(store.all().map((f) => [f.key, { value: f.value, unit: f.unit }])), { missing: () => "" });
  const unbound = (entryId: string, label: string, field: "heading" | "body", text: string, carried: ReadonlySet<string> = new Set()): ChecklistWarning[] => {
    // The amount of a stated change (较上年增长7.5%) is checked as a change, not as a figure of its own;
    // a figure in a sentence still as last year wrote it is listed as last year's (below), not twice.
    const stated = findStatedChanges(text);
    const lastYears = carriedFacts(text, carried, findUnboundNumbers).filter((f) => f.kind === "figure");
    return findUnboundNumbers(text)
      .filter((n) => !stated.some((c) => n.index < c.index + c.length && n.index + n.length > c.index))
      .filter((n) => !lastYears.some((f) => f.index === n.index))
      .map((n) => ({
      key: `num:${entryId}:${field}:${n.index}`,
      text: t("checklist.unbound", {
        label,
        context: `${render(text.slice(Math.max(0, n.index - 40), n.index)).slice(-6)}【${n.match}】${render(text.slice(n.index + n.length, n.index + n.length + 40)).slice(0, 3)}`,
      }),
      go: () => nav.focusText(entryId, field, n.index, n.length),
    }));
  };
  const figures = new Map(store.all().map((f) => [f.key, { label: f.label, value: f.value, unit: f.unit, previousValue: f.previousValue }]));
  // Stated changes (较上年增长X%, 提高X个百分点, 翻一番 …) recomputed from the figure they describe.
  const changes = (entryId: string, label: string, field: "heading" | "body", text: string): ChecklistWarning[] =>
    checkStatedChanges(text, figures)
      .filter((c) => !c.ok)
      .map((c) => {
        const f = figures.get(c.key);
        const expected = f ? formatChange(f.value, f.previousValue, f.unit) : "";
        return {
          key: `change:${entryId}:${field}:${c.index}`,
          text: t(c.reason === "use-points" ? "checklist.changeUsePoints" : "checklist.changeMismatch", { label, phrase: c.phrase, figure: f?.label ?? "", expected }),
          go: () => nav.focusText(entryId, field, c.index, c.length),
        };
      });
  // A number typed as text that says otherwise than the figure of the same thing quoted beside it.
  const contradictions = (entryId: string, label: string, field: "heading" | "body", text: string): ChecklistWarning[] =>
    findFigureContradictions(text, figures).map((c) => ({
      key: `contra:${entryId}:${field}:${c.index}`,
      text: t("checklist.contradiction", { label, match: c.match, figure: figures.get(c.key)?.label ?? "", value: c.value, unit: c.unit }),
      go: () => nav.focusText(entryId, field, c.index, c.length),
    }));
  // 其中 / 合计 in the text: parts beyond their whole, or a list that does not add up to its stated total.
  const textTotals = (entryId: string, label: string, field: "heading" | "body", text: string): ChecklistWarning[] =>
    findTextTotalIssues(text, figures).map((c) => ({
      key: `total:${entryId}:${field}:${c.index}`,
      text: t(`checklist.textTotal.${c.problem}`, { label, total: c.total, sum: c.sum, unit: c.unit }),
      go: () => nav.focusText(entryId, field, c.index, c.length),
    }));
  // Totals declared in the register, at the values as typed now.
  const declared = () => props.metrics.map((m) => {
    const live = store.get(m.key);
    return { key: m.key, value: live ? live.value : m.value, unit: live ? live.unit : m.unit, partOfKey: m.partOfKey, partsMode: m.partsMode };
  });
  const registerTotals = (): ChecklistWarning[] => findRegisterTotalIssues(declared()).map((r) => ({
    key: `regtotal:${r.key}`,
    text: t(`checklist.registerTotal.${r.problem}`, { figure: store.get(r.key)?.label ?? r.key, total: r.total, sum: r.sum, unit: r.unit }),
    go: () => {
      const id = props.metrics.find((m) => m.key === r.key)?.id;
      const el = id ? (document.getElementById(`metric-${id}-value`) as HTMLInputElement | null) : null;
      el?.scrollIntoView({ block: "center" });
      el?.focus();
    },
  }));
  // A year before the report's year, in the words of events: most likely carried over from last year's text.
  const staleYears = (entryId: string, label: string, field: "heading" | "body", text: string): ChecklistWarning[] =>
    findStaleYears(text, props.year).map((y) => ({
      key: `year:${entryId}:${field}:${y.index}`,
      text: t("checklist.staleYear", { label, year: y.year }),
      go: () => nav.focusText(entryId, field, y.index, y.length),
    }));
  // Dates and typed figures in sentences still as last year wrote them: most likely last year's facts.
  const lastYearFacts = (entryId: string, label: string, field: "heading" | "body", text: string, carried: ReadonlySet<string>): ChecklistWarning[] =>
    carriedFacts(text, carried, findUnboundNumbers).map((f) => ({
      key: `fact:${entryId}:${field}:${f.index}`,
      text: t(f.kind === "date" ? "checklist.carriedDate" : "checklist.carriedFigure", { label, match: f.match }),
      go: () => nav.focusText(entryId, field, f.index, f.length),
    }));
  // Sentences carried over and still as they came, in the live text (a confirmed section reloads with none).
  const carriedCount = (s: EditorSection, v: SectionText) => stillCarried(s.carried, v.heading, v.body).length;
  const focusVerdict = (id: string) => () => {
    const el = document.getElementById(`review-${id}-verdict`);
    el?.scrollIntoView({ block: "center" });
    el?.focus();
  };
  const listWarnings = (): ChecklistWarning[] => [
    ...(props.planItems.length === 0 ? [{ key: "empty:plan", text: t("checklist.emptyPlan") }] : []),
    ...(props.sections.some((s) => s.kind === "PROBLEM") ? [] : [{ key: "empty:problems", text: t("checklist.emptyProblems") }]),
    ...props.sections.flatMap((s) => {
      const v = props.sectionText(s.id) ?? { heading: s.heading, body: s.body };
      const n = carriedCount(s, v);
      if (n === 0) return [];
      const carried = new Set(stillCarried(s.carried, v.heading, v.body));
      return [
        { key: `carried:${s.id}`, text: t("checklist.carriedOver", { label: props.labelOf(s), n }), go: () => nav.focusText(`section:${s.id}`, "body", 0, 0) },
        ...lastYearFacts(`section:${s.id}`, props.labelOf(s), "heading", v.heading, carried),
        ...lastYearFacts(`section:${s.id}`, props.labelOf(s), "body", v.body, carried),
      ];
    }),
    ...props.planReviews
      .filter((r) => (props.verdictOf(r.id) === undefined ? r.verdict : props.verdictOf(r.id)) === null)
      .map((r) => ({
        key: `verdict:${r.id}`,
        text: t("checklist.unverdicted", { year: props.previousYear ?? props.year - 1, n: props.planReviews.indexOf(r) + 1 }),
        go: focusVerdict(r.id),
      })),
    ...props.sections.flatMap((s) => {
      const v = props.sectionText(s.id) ?? { heading: s.heading, body: s.body };
      return [...staleYears(`section:${s.id}`, props.labelOf(s), "heading", v.heading), ...staleYears(`section:${s.id}`, props.labelOf(s), "body", v.body)];
    }),
    ...props.sections
      .filter((s) => s.kind === "PROBLEM" && s.planItemIds.length === 0)
      .map((s) => ({ key: `unanswered:${s.id}`, text: t("checklist.unanswered", { label: props.labelOf(s) }) })),
    ...props.sections.flatMap((s) => {
      const v = props.sectionText(s.id) ?? { heading: s.heading, body: s.body };
      return findRepeatedUnits(`${v.heading}\n${v.body}`, units).map((r) => ({
        key: `unit:${s.id}:${r.index}`,
        text: t("checklist.unitDup", { label: props.labelOf(s), unit: units.get(r.key)?.unit ?? "" }),
      }));
    }),
    ...props.planItems.flatMap((p, i) =>
      findRepeatedUnits(props.planText(p.id) ?? p.text, units).map((r) => ({
        key: `unit:${p.id}:${r.index}`,
        text: t("checklist.unitDup", { label: t("plan.item", { n: chineseNumeral(i + 1) }), unit: units.get(r.key)?.unit ?? "" }),
      })),
    ),
    ...props.sections.flatMap((s) => {
      const v = props.sectionText(s.id) ?? { heading: s.heading, body: s.body };
      const carried = new Set(stillCarried(s.carried, v.heading, v.body));
      return [...unbound(`section:${s.id}`, props.labelOf(s), "heading", v.heading, carried), ...unbound(`section:${s.id}`, props.labelOf(s), "body", v.body, carried)];
    }),
    ...props.planItems.flatMap((p, i) => unbound(`plan:${p.id}`, t("plan.item", { n: chineseNumeral(i + 1) }), "body", props.planText(p.id) ?? p.text)),
    ...props.sections.flatMap((s) => {
      const v = props.sectionText(s.id) ?? { heading: s.heading, body: s.body };
      return [...changes(`section:${s.id}`, props.labelOf(s), "heading", v.heading), ...changes(`section:${s.id}`, props.labelOf(s), "body", v.body)];
    }),
    ...props.sections.flatMap((s) => {
      const v = props.sectionText(s.id) ?? { heading: s.heading, body: s.body };
      return [...contradictions(`section:${s.id}`, props.labelOf(s), "heading", v.heading), ...contradictions(`section:${s.id}`, props.labelOf(s), "body", v.body)];
    }),
    ...props.sections.flatMap((s) => {
      const v = props.sectionText(s.id) ?? { heading: s.heading, body: s.body };
      return [...textTotals(`section:${s.id}`, props.labelOf(s), "heading", v.heading), ...textTotals(`section:${s.id}`, props.labelOf(s), "body", v.body)];
    }),
    ...registerTotals(),
  ];
  return <BlankChecklist stops={stops} warnings={hydrated ? listWarnings() : []} labelOf={figureLabel} pending={!hydrated} />;
}

"use client";
// The side panel: the stops in document order and the warnings, re-rendered on each change tick — the
// only part of the page that does, so a keystroke costs its own section and this panel, nothing else.
import { useEffect, useRef } from "react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { chineseNumeral } from "@/lib/reports/text";
import { findRepeatedUnits } from "@/lib/editor/repeated-unit";
import type { SectionText } from "@/lib/editor/text-to-doc";
import { useStops, type ListedStop } from "./blank-navigator";
import { BlankChecklist } from "./blank-checklist";
import type { FigureStore } from "./figure-store";
import type { EditorPlanItem, EditorSection } from "./types";

export function ChecklistPanel(props: {
  sections: EditorSection[];
  planItems: EditorPlanItem[];
  store: FigureStore;
  /** the live text of a section or plan item (as typed, not yet saved) */
  sectionText: (id: string) => SectionText | undefined;
  planText: (id: string) => string | undefined;
  labelOf: (s: EditorSection) => string;
}) {
  const t = useTranslations("editor");
  const stops = useStops();
  const { store } = props;

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

  // Problems no plan item answers, and units written twice after a chip.
  const units = new Map(store.all().map((f) => [f.key, { unit: f.unit }]));
  const warnings = [
    ...props.sections.filter((s) => s.kind === "PROBLEM" && s.planItemIds.length === 0).map((s) => t("checklist.unanswered", { label: props.labelOf(s) })),
    ...props.sections.flatMap((s) => {
      const v = props.sectionText(s.id) ?? { heading: s.heading, body: s.body };
      return findRepeatedUnits(`${v.heading}\n${v.body}`, units).map((r) => t("checklist.unitDup", { label: props.labelOf(s), unit: units.get(r.key)?.unit ?? "" }));
    }),
    ...props.planItems.flatMap((p, i) =>
      findRepeatedUnits(props.planText(p.id) ?? p.text, units).map((r) =>
        t("checklist.unitDup", { label: t("plan.item", { n: chineseNumeral(i + 1) }), unit: units.get(r.key)?.unit ?? "" }),
      ),
    ),
  ];
  return <BlankChecklist stops={stops} warnings={warnings} labelOf={figureLabel} />;
}

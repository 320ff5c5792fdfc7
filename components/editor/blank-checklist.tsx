"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ReportBlank } from "@/lib/reports/report-blanks";

export interface ChecklistEntry {
  blank: ReportBlank;
  /** where it is, e.g. "主要成效（一）· 正文" */
  place: string;
  /** a few characters either side of the blank, so "宣讲小分队X支" can be told from "宣讲X场" */
  before?: string;
  after?: string;
}

function elementIdOf(b: ReportBlank): string {
  if (b.where === "metric") return `metric-${b.id}-value`;
  if (b.where === "plan") return `plan-${b.id}-text`;
  return `section-${b.id}-${b.where}`;
}

/** Puts the cursor on a blank: focuses its field and selects the placeholder. */
export function jumpTo(b: ReportBlank) {
  const el = document.getElementById(elementIdOf(b)) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!el) return;
  el.scrollIntoView({ block: "center", behavior: "smooth" });
  el.focus({ preventScroll: true });
  if (b.index !== undefined && b.length !== undefined) el.setSelectionRange(b.index, b.index + b.length);
}

/** "N 处待填写": every blank, each a button that jumps to it; Alt+J jumps to the next one. */
export function BlankChecklist({ entries, warnings }: { entries: ChecklistEntry[]; warnings: string[] }) {
  const t = useTranslations("editor.checklist");
  const next = useRef(0);
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.key.toLowerCase() !== "j") return;
      const list = entriesRef.current;
      if (list.length === 0) return;
      e.preventDefault();
      jumpTo(list[next.current % list.length].blank);
      next.current = (next.current + 1) % list.length;
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <aside aria-label={t("title")} className="space-y-2 rounded border border-stone-200 bg-white p-3 text-sm lg:sticky lg:top-4">
      <p className={`font-medium ${entries.length ? "text-amber-800" : "text-emerald-700"}`} data-testid="blank-count" aria-live="polite">
        {t("count", { count: entries.length })}
      </p>
      <p className="text-xs text-stone-500">{t("shortcut")}</p>
      {entries.length > 0 && (
        <ol className="max-h-[30vh] lg:max-h-[60vh] space-y-1 overflow-auto" data-testid="blank-list">
          {entries.map((e, i) => (
            <li key={`${e.blank.where}:${e.blank.id}:${e.blank.index ?? i}`}>
              <button
                type="button"
                onClick={() => jumpTo(e.blank)}
                data-where={e.blank.where}
                data-kind={e.blank.where === "metric" ? "metric" : (e.blank.kind ?? "figure")}
                className="w-full rounded px-1 text-left hover:bg-amber-50"
              >
                <span className="block text-xs text-stone-500">{e.place}</span>
                <span className="font-doc">
                  {e.before && `…${e.before}`}
                  {e.blank.match ? <mark className="rounded bg-amber-200 px-0.5">{e.blank.match}</mark> : null}
                  {e.after && `${e.after}…`}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {warnings.length > 0 && (
        <div className="space-y-1 border-t border-stone-200 pt-2" data-testid="problem-warnings">
          <p className="text-xs font-medium text-amber-800">{t("unansweredProblems")}</p>
          <ul className="list-disc pl-4 text-xs">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}

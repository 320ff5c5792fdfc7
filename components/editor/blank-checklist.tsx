"use client";
import { useTranslations } from "next-intl";
import type { ListedStop } from "./blank-navigator";

/**
 * "N 处待填写": every blank in document order, the same stops Alt+J walks; each entry puts the caret on
 * its blank. Warnings (problems with no answering plan item, units written twice) are listed below.
 */
export interface ChecklistWarning {
  key: string;
  text: string;
  /** puts the caret on the place the warning is about */
  go?: () => void;
}

export function BlankChecklist(props: {
  stops: ListedStop[];
  warnings: ChecklistWarning[];
  labelOf: (s: ListedStop) => string;
  /** before the editors run (the server's HTML): no count yet, the line keeps its height */
  pending?: boolean;
}) {
  const { stops, warnings, labelOf } = props;
  const t = useTranslations("editor.checklist");
  return (
    <aside aria-label={t("title")} className="space-y-2 rounded border border-stone-200 bg-white p-3 text-sm lg:sticky lg:top-4">
      {props.pending ? (
        <p className="font-medium text-stone-400" aria-hidden="true">
          {t("title")}
        </p>
      ) : (
        <p className={`font-medium ${stops.length ? "text-amber-800" : "text-emerald-700"}`} data-testid="blank-count" aria-live="polite">
          {t("count", { count: stops.length })}
        </p>
      )}
      <p className="text-xs text-stone-500">{t("shortcut")}</p>
      {stops.length > 0 && (
        <ol className="max-h-[30vh] space-y-1 overflow-auto lg:max-h-[60vh]" data-testid="blank-list">
          {stops.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => s.focus()}
                data-where={s.where}
                data-kind={s.kind ?? "figure"}
                data-stop={s.id}
                className="w-full rounded px-1 text-left hover:bg-amber-50"
              >
                <span className="block text-xs text-stone-500">{s.place}</span>
                <span className="font-doc">{labelOf(s)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {warnings.length > 0 && (
        <div className="space-y-1 border-t border-stone-200 pt-2" data-testid="problem-warnings">
          <p className="text-xs font-medium text-amber-800">{t("warnings")}</p>
          <ul className="max-h-[30vh] list-disc space-y-0.5 overflow-auto pl-4 text-xs lg:max-h-[40vh]">
            {warnings.map((w) => (
              <li key={w.key}>
                {w.go ? (
                  <button type="button" onClick={w.go} className="text-left hover:underline" data-testid="warning-link">
                    {w.text}
                  </button>
                ) : (
                  w.text
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}

"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";

export interface PullSource {
  reportId: string;
  unitName: string;
  versionNumber: number;
  sections: { index: number; label: string; heading: string; paragraphs: string[] }[];
}

type Pull = (input: { reportId: string; sectionId: string; sourceReportId: string; sourceVersion: number; sourceSectionIndex: number; paragraph: number }) => Promise<ActionResult<unknown>>;

/**
 * The units' reports (the version the roll-up reads), paragraph by paragraph, each with a button that
 * pulls it into the chosen section of the parent's draft. Shown to the parent's drafters only.
 */
export function PullPanel(props: { reportId: string; sources: PullSource[]; targets: { id: string; kind: string; label: string }[]; action: Pull }) {
  const t = useTranslations("rollup.pull");
  const router = useRouter();
  const [target, setTarget] = useState(props.targets.find((x) => x.kind === "ACHIEVEMENT")?.id ?? props.targets[0]?.id ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const pull = (s: PullSource, sectionIndex: number, paragraph: number) =>
    start(async () => {
      setMessage(null);
      const result = await props.action({ reportId: props.reportId, sectionId: target, sourceReportId: s.reportId, sourceVersion: s.versionNumber, sourceSectionIndex: sectionIndex, paragraph });
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setMessage({ ok: true, text: t("done", { section: props.targets.find((x) => x.id === target)?.label ?? "" }) });
      router.refresh();
    });
  return (
    <section aria-labelledby="pull-heading" className="space-y-3">
      <h2 id="pull-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      {props.targets.length === 0 ? (
        <p className="text-sm text-stone-500">{t("noSections")}</p>
      ) : (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <label htmlFor="pull-target">{t("into")}</label>
          <select id="pull-target" value={target} onChange={(e) => setTarget(e.target.value)} className="rounded border border-stone-300 bg-white px-2 py-1">
            {props.targets.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label}
              </option>
            ))}
          </select>
        </p>
      )}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`rounded p-2 text-sm ${message.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`} data-testid="pull-message">
          {message.text}
        </p>
      )}
      {props.sources.map((s) => (
        <details key={s.reportId} className="rounded border border-stone-200 bg-white p-3" data-testid="pull-source">
          <summary className="cursor-pointer font-medium">{s.unitName}</summary>
          {s.sections.map((sec) => (
            <div key={sec.index} className="mt-2 space-y-1">
              <h3 className="text-xs text-stone-500">{t("section", { unit: s.unitName, section: sec.label })}</h3>
              {sec.heading && <p className="font-serif font-medium">{sec.heading}</p>}
              {sec.paragraphs.map((p, i) => (
                <div key={i} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-3">
                  <p className="flex-1 font-serif">{p}</p>
                  {props.targets.length > 0 && (
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => pull(s, sec.index, i)}
                      aria-label={`${t("button")}：${s.unitName} ${sec.label} ${i + 1}`}
                      className="shrink-0 self-start rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-60"
                    >
                      {t("button")}
                    </button>
                  )}
                </div>
              ))}
            </div>
          ))}
        </details>
      ))}
    </section>
  );
}

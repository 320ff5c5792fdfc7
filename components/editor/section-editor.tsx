"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { LIMITS } from "@/lib/validation/limits";
import { stripLeadingNumber } from "@/lib/reports/text";
import { headingRequired } from "@/lib/validation/section-rules";
import { useAutosave } from "./use-autosave";
import { TextPreview } from "./text-preview";
import { ConflictView } from "./conflict-view";
import { BackupOffer } from "./backup-offer";
import { FieldError } from "./field-error";
import type { EditorActions, EditorMetric, EditorPlanItem, EditorSection } from "./types";

type Text = { heading: string; body: string };
const sameText = (a: Text, b: Text) => a.heading === b.heading && a.body === b.body;

export function SectionEditor(props: {
  section: EditorSection;
  label: string;
  isFirst: boolean;
  isLast: boolean;
  metrics: EditorMetric[];
  metricsByKey: Map<string, EditorMetric>;
  drafters: { id: string; name: string }[];
  planItems: EditorPlanItem[];
  actions: EditorActions;
  onText: (id: string, text: Text) => void;
  onStructure: (focusId?: string) => void;
}) {
  const { section, actions } = props;
  const t = useTranslations("editor");
  const save = useCallback(
    (baseVersion: number, v: Text) => actions.saveSection({ sectionId: section.id, baseVersion, ...v }),
    [actions, section.id],
  );
  const auto = useAutosave<Text>({
    id: `section:${section.id}`,
    backupKey: `summa:section:${section.id}`,
    initial: { heading: section.heading, body: section.body },
    initialVersion: section.version,
    equals: sameText,
    save,
  });
  const { onText } = props;
  useEffect(() => onText(section.id, auto.value), [onText, section.id, auto.value]);

  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [metricToInsert, setMetricToInsert] = useState("");
  const [opError, setOpError] = useState<{ key: string; values?: Record<string, string | number> } | null>(null);
  const [links, setLinks] = useState(section.planItemIds);
  const needsHeading = headingRequired(section.kind);
  const headingEmpty = needsHeading && auto.value.heading.trim() === "";

  function insertMetric() {
    const el = bodyRef.current;
    if (!metricToInsert || !el) return;
    const token = `{{m:${metricToInsert}}}`;
    const start = el.selectionStart ?? auto.value.body.length;
    const end = el.selectionEnd ?? start;
    const body = auto.value.body.slice(0, start) + token + auto.value.body.slice(end);
    auto.setValue({ ...auto.value, body });
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + token.length, start + token.length);
    });
  }

  async function run<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: string; values?: Record<string, string | number> }>, focusId?: string) {
    const r = await p;
    if (!r.ok) return setOpError({ key: r.error, values: r.values });
    setOpError(null);
    props.onStructure(focusId);
  }

  async function toggleLink(planItemId: string, on: boolean) {
    const next = on ? [...links, planItemId] : links.filter((x) => x !== planItemId);
    setLinks(next);
    const r = await actions.setProblemLinks({ sectionId: section.id, planItemIds: next });
    if (!r.ok) {
      setLinks(links);
      setOpError({ key: r.error, values: r.values });
    } else props.onStructure();
  }

  const headingId = `section-${section.id}-heading`;
  const bodyId = `section-${section.id}-body`;
  return (
    <section aria-label={props.label} className="space-y-2 rounded border border-stone-200 bg-white p-3" data-section-id={section.id}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium text-stone-800">{props.label}</h3>
        <span
          className="text-xs text-stone-500"
          data-testid="section-save-state"
          data-state={auto.state}
          data-rtt={auto.lastRoundTripMs ?? undefined}
        >
          {t(`save.${auto.state}`)}
        </span>
        <div className="ml-auto flex flex-wrap items-center gap-1">
          <label className="sr-only" htmlFor={`owner-${section.id}`}>
            {t("owner")}
          </label>
          <select
            id={`owner-${section.id}`}
            defaultValue={section.ownerId ?? ""}
            onChange={(e) => void run(actions.assignSectionOwner({ sectionId: section.id, ownerId: e.target.value || null }))}
            className="rounded border border-stone-300 px-1 py-0.5 text-xs"
            title={t("owner")}
          >
            <option value="">{t("noOwner")}</option>
            {props.drafters.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={props.isFirst}
            onClick={() => void run(actions.moveSection({ sectionId: section.id, direction: "up" }), `move-up-${section.id}`)}
            id={`move-up-${section.id}`}
            aria-label={t("moveUp", { label: props.label })}
            className="rounded border border-stone-300 px-2 py-0.5 text-xs disabled:opacity-40"
          >
            ↑
          </button>
          <button
            type="button"
            disabled={props.isLast}
            onClick={() => void run(actions.moveSection({ sectionId: section.id, direction: "down" }), `move-down-${section.id}`)}
            id={`move-down-${section.id}`}
            aria-label={t("moveDown", { label: props.label })}
            className="rounded border border-stone-300 px-2 py-0.5 text-xs disabled:opacity-40"
          >
            ↓
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t("confirmDelete", { label: props.label }))) void run(actions.deleteSection({ sectionId: section.id }));
            }}
            aria-label={t("delete", { label: props.label })}
            className="rounded border border-red-200 px-2 py-0.5 text-xs text-red-700"
          >
            {t("deleteShort")}
          </button>
        </div>
      </div>

      {auto.backupOffer && (
        <BackupOffer
          savedAt={auto.backupOffer.savedAt}
          preview={[auto.backupOffer.value.heading, auto.backupOffer.value.body].filter(Boolean).join("\n")}
          onRestore={auto.restoreBackup}
          onDiscard={auto.discardBackup}
        />
      )}

      {needsHeading && (
        <div className="space-y-1">
          <label htmlFor={headingId} className="block text-xs font-medium text-stone-600">
            {t("heading")}
          </label>
          <input
            id={headingId}
            value={auto.value.heading}
            maxLength={LIMITS.heading}
            onChange={(e) => auto.setValue({ ...auto.value, heading: e.target.value })}
            onBlur={() => {
              // Numbering comes from the order: a typed or pasted "（一）" is dropped (the server does the same).
              const stripped = stripLeadingNumber(auto.value.heading);
              if (stripped !== auto.value.heading) auto.setValue({ ...auto.value, heading: stripped });
            }}
            aria-invalid={headingEmpty || undefined}
            aria-describedby={headingEmpty ? `${headingId}-err` : undefined}
            className="w-full rounded border border-stone-300 px-2 py-1 font-doc-kai"
          />
          {headingEmpty && (
            <p id={`${headingId}-err`} className="text-xs text-red-700">
              {t("headingRequiredHint")}
            </p>
          )}
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor={bodyId} className="block text-xs font-medium text-stone-600">
          {t("body")}
        </label>
        <textarea
          id={bodyId}
          ref={bodyRef}
          value={auto.value.body}
          maxLength={LIMITS.body}
          rows={Math.min(12, Math.max(3, Math.ceil(auto.value.body.length / 40)))}
          onChange={(e) => auto.setValue({ ...auto.value, body: e.target.value })}
          className="w-full rounded border border-stone-300 px-2 py-1 font-doc leading-7"
        />
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <label htmlFor={`insert-${section.id}`} className="text-stone-600">
            {t("insertMetric")}
          </label>
          <select id={`insert-${section.id}`} value={metricToInsert} onChange={(e) => setMetricToInsert(e.target.value)} className="max-w-[14rem] rounded border border-stone-300 px-1 py-0.5">
            <option value="">—</option>
            {props.metrics.map((m) => (
              <option key={m.id} value={m.key}>
                {m.label}（{m.unit}）
              </option>
            ))}
          </select>
          <button type="button" onClick={insertMetric} disabled={!metricToInsert} className="rounded border border-stone-300 px-2 py-0.5 disabled:opacity-40">
            {t("insert")}
          </button>
          <span className="ml-auto text-stone-500">{t("length", { count: auto.value.body.length })}</span>
        </div>
      </div>
      <FieldError error={auto.error} />
      <FieldError error={opError} />
      {auto.conflict && (
        <ConflictView
          mine={[auto.value.heading, auto.value.body].filter(Boolean).join("\n")}
          theirs={[auto.conflict.heading, auto.conflict.body].filter(Boolean).join("\n")}
          theirVersionBy={(auto.conflict as { updatedBy?: string | null }).updatedBy ?? null}
          onKeepMine={auto.keepMine}
          onTakeTheirs={() => auto.takeTheirs((c) => ({ heading: c.heading, body: c.body }))}
        />
      )}
      <details className="text-sm" open>
        <summary className="cursor-pointer text-xs text-stone-500">{t("preview")}</summary>
        <TextPreview text={[auto.value.heading, auto.value.body].filter(Boolean).join("")} metrics={props.metricsByKey} emptyLabel={t("emptyValue")} />
      </details>
      {section.kind === "PROBLEM" && (
        <fieldset className="space-y-1 text-sm">
          <legend className="text-xs font-medium text-stone-600">{t("answeringPlan")}</legend>
          {props.planItems.length === 0 && <p className="text-xs text-stone-500">{t("noPlanItems")}</p>}
          {props.planItems.map((p, i) => (
            <label key={p.id} className="flex items-start gap-2">
              <input type="checkbox" checked={links.includes(p.id)} onChange={(e) => void toggleLink(p.id, e.target.checked)} className="mt-1" />
              <span className="line-clamp-2">
                {t("planItemShort", { n: i + 1 })} {p.text}
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}

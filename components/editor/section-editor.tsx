"use client";
import { memo, useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { EditorView } from "prosemirror-view";
import { headingRequired } from "@/lib/validation/section-rules";
import { stillCarried } from "@/lib/checks/carried-sentences";
import { renderMetrics } from "@/lib/reports/text/metric-tokens";
import type { SectionText } from "@/lib/editor/text-to-doc";
import { useAutosave } from "./use-autosave";
import { ConflictView } from "./conflict-view";
import { useBackupOffer } from "./backup-offer";
import { FieldError } from "./field-error";
import { DocEditor, type DocEditorHandle } from "./doc-editor";
import { RegisterFigureBar, useFigureBinding } from "./register-figure-bar";
import { useNavigator } from "./blank-navigator";
import { useDocStops } from "./use-doc-stops";
import { useEditorContext } from "./editor-context";
import { StructureControls } from "./structure-controls";
import type { EditorPlanItem, EditorSection } from "./types";
import { refusalOf, type Refusal } from "@/components/ui/refusal";

const sameText = (a: SectionText, b: SectionText) => a.heading === b.heading && a.body === b.body;

/**
 * One section of the document surface: numbering, run-in lead sentence and body, edited in place.
 * Memoised: a keystroke in one section must not re-render the other twenty-nine.
 */
export const SectionEditor = memo(function SectionEditor(props: {
  section: EditorSection;
  label: string;
  number: string | null;
  isFirst: boolean;
  isLast: boolean;
  planItems: EditorPlanItem[];
  onText: (id: string, text: SectionText) => void;
}) {
  const { section } = props;
  const ctx = useEditorContext();
  const { actions } = ctx;
  const t = useTranslations("editor");
  const nav = useNavigator();
  const doc = useRef<DocEditorHandle>(null);
  // 沿用上年 sentence by sentence: the server's list after each save (edited sentences drop out there).
  const [carriedList, setCarriedList] = useState(section.carried);
  const save = useCallback(
    async (baseVersion: number, v: SectionText) => {
      const r = await actions.saveSection({ sectionId: section.id, baseVersion, ...v });
      if (r.ok && r.data.status === "saved") setCarriedList(r.data.carried);
      return r;
    },
    [actions, section.id],
  );
  const auto = useAutosave<SectionText>({
    id: `section:${section.id}`,
    backupKey: `summa:section:${section.id}`,
    initial: { heading: section.heading, body: section.body },
    initialVersion: section.version,
    equals: sameText,
    save,
  });
  const { onText } = props;
  useEffect(() => onText(section.id, auto.value), [onText, section.id, auto.value]);

  const offer = auto.backupOffer;
  useBackupOffer(
    offer
      ? {
          id: `section:${section.id}`,
          place: props.label,
          savedAt: offer.savedAt,
          preview: [offer.value.heading, offer.value.body].filter(Boolean).join("\n"),
          restore: () => {
            doc.current?.setValue(offer.value);
            auto.restoreBackup();
          },
          discard: auto.discardBackup,
        }
      : null,
  );

  const binding = useFigureBinding({ ...ctx, view: () => doc.current?.view() ?? null, onBound: () => ctx.refresh() });

  // This section's blanks, for Alt+J and the checklist (document order comes from the DOM).
  const hostRef = useRef<HTMLElement>(null);
  useDocStops({ owner: "section", itemId: section.id, label: props.label, host: hostRef, doc, value: auto.valueRef, store: ctx.store });

  const headingEmpty = headingRequired(section.kind) && auto.value.heading.trim() === "";
  // Marked while they read as they came: an edited sentence loses its mark at once, before the save.
  const carried = stillCarried(carriedList, auto.value.heading, auto.value.body);
  const printed = (text: string) =>
    renderMetrics(text, new Map(ctx.store.all().map((f) => [f.key, { value: f.value, unit: f.unit }])), { missing: () => "…" });
  const kindLabel = t(`kind.${section.kind}`);
  return (
    <section ref={hostRef} aria-label={props.label} className="group relative" data-section-id={section.id}>
      <DocEditor
        ref={doc}
        id={`section-${section.id}`}
        initial={{ heading: section.heading, body: section.body }}
        withLead={headingRequired(section.kind)}
        number={props.number}
        ariaLabel={t("editorLabel", { label: props.label })}
        store={ctx.store}
        chipText={ctx.chipText}
        unitDupTitle={t("unitDup")}
        onChange={(v) => {
          onText(section.id, v); // before the tick that re-reads it
          auto.setValue(v);
        }}
        onCandidate={binding.setCandidate}
        onAcceptCandidate={binding.accept}
        onNavigate={(view: EditorView, pos: number, backwards: boolean) => nav.move(backwards, { view, pos })}
        onStops={nav.changed}
        onFocus={ctx.setActiveView}
        carried={carriedList}
        carriedTitle={t("carriedMark")}
      />
      <StructureControls
        label={props.label}
        saveState={auto.state}
        rtt={auto.lastRoundTripMs}
        ownerId={section.ownerId}
        onOwner={(ownerId) => ctx.run(actions.assignSectionOwner({ sectionId: section.id, ownerId }))}
        onMove={(direction) => ctx.run(actions.moveSection({ sectionId: section.id, direction }), `${direction === "up" ? "move-up" : "move-down"}-${section.id}`)}
        onDelete={() => ctx.run(actions.deleteSection({ sectionId: section.id }))}
        idBase={section.id}
        isFirst={props.isFirst}
        isLast={props.isLast}
      />
      {carried.length > 0 && (
        <div className="space-y-1 font-sans text-xs text-amber-800" data-testid="carried-over">
          <p className="flex flex-wrap items-center gap-2">
            <span>{t("carriedOver", { n: carried.length })}</span>
            <button
              type="button"
              className="rounded border border-amber-300 bg-white px-2 py-0.5"
              onClick={async () => {
                if (await ctx.run(actions.confirmCarriedOver({ sectionId: section.id }))) setCarriedList([]);
              }}
            >
              {t("confirmCarriedOver")}
            </button>
          </p>
          {carried.length > 1 && (
            <ul className="space-y-0.5">
              {carried.map((sentence) => (
                <li key={sentence} className="flex items-baseline gap-2">
                  <button
                    type="button"
                    aria-label={t("confirmSentenceOf", { sentence: printed(sentence) })}
                    className="shrink-0 rounded border border-amber-300 bg-white px-1.5"
                    onClick={() =>
                      void ctx.run(
                        actions.confirmCarriedSentence({ sectionId: section.id, sentence }).then((r) => {
                          if (r.ok) setCarriedList(r.data.carried);
                          return r;
                        }),
                      )
                    }
                  >
                    ✓
                  </button>
                  <span className="line-clamp-1 text-stone-600">{printed(sentence)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {headingEmpty && (
        <p className="font-sans text-xs text-red-700" data-testid="heading-hint">
          {t("headingRequiredHint", { kind: kindLabel })}
        </p>
      )}
      {binding.candidate && binding.guess && (
        <RegisterFigureBar guess={binding.guess} onGuess={binding.setGuess} onAccept={binding.accept} onDismiss={() => binding.setCandidate(null)} busy={binding.busy} error={binding.error} />
      )}
      <div className="font-sans">
        <FieldError error={auto.error} />
        {auto.conflict && (
          <ConflictView
            mine={[auto.value.heading, auto.value.body].filter(Boolean).join("\n")}
            theirs={[auto.conflict.heading, auto.conflict.body].filter(Boolean).join("\n")}
            theirVersionBy={(auto.conflict as { updatedBy?: string | null }).updatedBy ?? null}
            onKeepMine={auto.keepMine}
            onTakeTheirs={() => {
              const c = auto.conflict!;
              doc.current?.setValue({ heading: c.heading, body: c.body });
              auto.takeTheirs((x) => ({ heading: x.heading, body: x.body }));
            }}
            onKeepBoth={() => {
              const c = auto.conflict!;
              const mine = auto.value;
              const theirs = c.heading !== mine.heading && c.heading !== "" ? `${c.heading}${c.body}` : c.body;
              const merged = { heading: mine.heading || c.heading, body: [mine.body, theirs].filter(Boolean).join("\n") };
              doc.current?.setValue(merged);
              auto.resolveWith(merged);
            }}
          />
        )}
        {section.kind === "PROBLEM" && <ProblemLinks section={section} planItems={props.planItems} />}
      </div>
    </section>
  );
});

function ProblemLinks({ section, planItems }: { section: EditorSection; planItems: EditorPlanItem[] }) {
  const t = useTranslations("editor");
  const { actions, refresh } = useEditorContext();
  const [links, setLinks] = useState(section.planItemIds);
  const [error, setError] = useState<Refusal | null>(null);
  async function toggle(planItemId: string, on: boolean) {
    const next = on ? [...links, planItemId] : links.filter((x) => x !== planItemId);
    setLinks(next);
    const r = await actions.setProblemLinks({ sectionId: section.id, planItemIds: next });
    if (!r.ok) {
      setLinks(links);
      setError(refusalOf(r));
    } else refresh();
  }
  return (
    <details className="text-xs text-stone-600" open={links.length === 0}>
      <summary className="cursor-pointer">{t("answeringPlanCount", { count: links.length })}</summary>
      <fieldset className="space-y-1 pt-1">
        <legend className="sr-only">{t("answeringPlan")}</legend>
        {planItems.length === 0 && <p>{t("noPlanItems")}</p>}
        {planItems.map((p, i) => (
          <label key={p.id} className="flex items-start gap-2">
            <input type="checkbox" checked={links.includes(p.id)} onChange={(e) => void toggle(p.id, e.target.checked)} className="mt-0.5" />
            <span className="line-clamp-2">
              {t("planItemShort", { n: i + 1 })} {p.text}
            </span>
          </label>
        ))}
      </fieldset>
      <FieldError error={error} />
    </details>
  );
}

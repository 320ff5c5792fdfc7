"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { useAction } from "@/components/ui/use-action";
import { useClientRefusal } from "@/components/ui/refusal";
import { AGGREGATIONS } from "@/lib/rollup/figure-rule";
import { SECTION_KINDS } from "@/lib/templates/template-snapshot";
import { LIMITS } from "@/lib/validation/limits";
import { issuePlace, TEMPLATE_DESCRIPTION_MAX, TEMPLATE_NAME_MAX, ZTemplateDraftSchema, type ZTemplateDraftInput } from "@/lib/validation/template-schemas";

type Draft = ZTemplateDraftInput;
type Section = Draft["sections"][number];
type Figure = Draft["metrics"][number];
type Saved = { id: string; version: number; refs: string[] };
type Problem = { key: string; list: "sections" | "metrics" | null; index: number | null; field: string | null; message: string };

const input = "w-full rounded border px-2 py-1";
const border = (bad: boolean) => (bad ? "border-red-600" : "border-stone-300");
const small = "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs disabled:opacity-40";

function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/**
 * 新建 / 编辑模板: name, description, title pattern, sections (kind, heading, default text) and default figures
 * (code, label, unit, roll-up rule), each list with add, remove and reorder. The draft is checked with the
 * server's own schema before sending, so every problem is listed at its place; a refused save keeps all that
 * was typed. Saving an edit makes a new version (the server answers its number and the sections' refs).
 */
export function TemplateEditor(props: {
  initial: Draft;
  /** Absent: a new template. */
  templateId?: string;
  version?: number;
  create: (input: { draft: Draft }) => Promise<ActionResult<Saved>>;
  save: (input: { templateId: string; baseVersion: number; draft: Draft }) => Promise<ActionResult<Saved>>;
}) {
  const t = useTranslations("templates");
  // client-keys: templates.errors errors.invalidInput errors.textInvalidChars (what the draft's own schema, checked here, answers)
  const clientRefusal = useClientRefusal();
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(props.initial);
  const [version, setVersion] = useState(props.version ?? 0);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const create = useAction(props.create, { refresh: false });
  const save = useAction(props.save);
  const pending = create.pending || save.pending;
  const serverError = create.error ?? save.error;

  const set = (patch: Partial<Draft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setSection = (i: number, patch: Partial<Section>) => set({ sections: draft.sections.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const setFigure = (i: number, patch: Partial<Figure>) => set({ metrics: draft.metrics.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const bad = (list: Problem["list"], index: number | null, field: string) => problems.some((p) => p.list === list && p.index === index && p.field === field);

  const placeOf = (p: Omit<Problem, "message" | "key">) => {
    if (p.list === "sections" && p.index !== null) return t("form.section", { n: p.index + 1 });
    if (p.list === "metrics" && p.index !== null) return t("form.figure", { n: p.index + 1 });
    if (p.list === "sections") return t("form.sections");
    if (p.list === "metrics") return t("form.figures");
    if (p.field === "name") return t("form.name");
    if (p.field === "description") return t("form.description");
    if (p.field === "titlePattern") return t("form.titlePattern");
    return t("form.label");
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const parsed = ZTemplateDraftSchema.safeParse(draft);
    if (!parsed.success) {
      setProblems(
        parsed.error.issues.map((issue, n) => {
          const place = issuePlace(issue.path);
          const known = /^[a-zA-Z.]+$/.test(issue.message) ? issue.message : "errors.invalidInput";
          return { key: `${n}-${issue.path.join(".")}`, ...place, message: t("form.problemAt", { place: placeOf(place), message: clientRefusal(known.includes(".") ? known : `errors.${known}`).message }) };
        }),
      );
      return;
    }
    setProblems([]);
    if (!props.templateId) {
      const result = await create.run({ draft });
      if (result?.ok) router.push(`/admin/templates/${result.data.id}`);
      return;
    }
    const result = await save.run({ templateId: props.templateId, baseVersion: version, draft });
    if (result?.ok) {
      // The next edit builds on this version, and new sections now have the refs the server gave them.
      setVersion(result.data.version);
      setDraft((d) => ({ ...d, sections: d.sections.map((s, i) => ({ ...s, ref: result.data.refs[i] ?? s.ref })) }));
      setSaved(result.data.version);
    }
  };

  return (
    <form onSubmit={submit} aria-label={t("form.label")} noValidate className="space-y-4 rounded border border-stone-200 bg-white p-3 text-sm">
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1">
          {t("form.name")}
          <input value={draft.name} maxLength={TEMPLATE_NAME_MAX} onChange={(e) => set({ name: e.target.value })} aria-invalid={bad(null, null, "name")} className={`${input} ${border(bad(null, null, "name"))}`} />
        </label>
        <label className="flex flex-col gap-1">
          {t("form.titlePattern")}
          <input value={draft.titlePattern} maxLength={LIMITS.title} onChange={(e) => set({ titlePattern: e.target.value })} aria-invalid={bad(null, null, "titlePattern")} aria-describedby="title-hint" className={`${input} ${border(bad(null, null, "titlePattern"))}`} />
          <span id="title-hint" className="text-xs text-stone-600">
            {t("form.titleHint")}
          </span>
        </label>
        <label className="flex flex-col gap-1 sm:col-span-2">
          {t("form.description")}
          <textarea value={draft.description} maxLength={TEMPLATE_DESCRIPTION_MAX} rows={2} onChange={(e) => set({ description: e.target.value })} className={`${input} ${border(bad(null, null, "description"))}`} />
        </label>
      </div>

      <section aria-labelledby="tpl-sections" className="space-y-2">
        <h2 id="tpl-sections" className="font-medium">
          {t("form.sections")}
        </h2>
        {draft.sections.map((s, i) => (
          <fieldset key={s.ref || `new-${i}`} className="space-y-1 rounded border border-stone-200 p-2" data-testid="template-section">
            <legend className="px-1 text-xs text-stone-600">{t("form.section", { n: i + 1 })}</legend>
            <div className="flex flex-wrap items-end gap-2">
              <label className="flex flex-col gap-1">
                {t("form.kind")}
                <select value={s.kind} onChange={(e) => setSection(i, { kind: e.target.value as Section["kind"] })} className="rounded border border-stone-300 px-2 py-1">
                  {SECTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kind.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex min-w-[12rem] flex-1 flex-col gap-1">
                {t("form.heading")}
                <input value={s.heading} maxLength={LIMITS.heading} onChange={(e) => setSection(i, { heading: e.target.value })} aria-invalid={bad("sections", i, "heading")} className={`${input} ${border(bad("sections", i, "heading"))}`} />
              </label>
              <div className="flex gap-1">
                <button type="button" className={small} disabled={i === 0} onClick={() => set({ sections: move(draft.sections, i, i - 1) })}>
                  {t("form.up")}
                </button>
                <button type="button" className={small} disabled={i === draft.sections.length - 1} onClick={() => set({ sections: move(draft.sections, i, i + 1) })}>
                  {t("form.down")}
                </button>
                <button type="button" className={`${small} text-red-800`} onClick={() => set({ sections: draft.sections.filter((_, j) => j !== i) })}>
                  {t("form.remove")}
                </button>
              </div>
            </div>
            <label className="flex flex-col gap-1">
              {t("form.body")}
              <textarea value={s.body} rows={3} maxLength={LIMITS.body} onChange={(e) => setSection(i, { body: e.target.value })} aria-invalid={bad("sections", i, "body")} className={`${input} ${border(bad("sections", i, "body"))}`} />
            </label>
          </fieldset>
        ))}
        <p className="text-xs text-stone-600">{t("form.bodyHint")}</p>
        <button type="button" className="rounded border border-stone-300 bg-white px-3 py-1" onClick={() => set({ sections: [...draft.sections, { ref: "", kind: "ACHIEVEMENT", heading: "", body: "" }] })}>
          {t("form.addSection")}
        </button>
      </section>

      <section aria-labelledby="tpl-figures" className="space-y-2">
        <h2 id="tpl-figures" className="font-medium">
          {t("form.figures")}
        </h2>
        {draft.metrics.length === 0 && <p className="text-stone-600">{t("form.noFigures")}</p>}
        {draft.metrics.map((m, i) => {
          const others = draft.metrics.filter((o, j) => j !== i && o.key);
          const needs = m.aggregation === "RATIO" ? 2 : m.aggregation === "GROWTH" ? 1 : 0;
          return (
            <fieldset key={i} className="flex flex-wrap items-end gap-2 rounded border border-stone-200 p-2" data-testid="template-figure">
              <legend className="px-1 text-xs text-stone-600">{t("form.figure", { n: i + 1 })}</legend>
              <label className="flex flex-col gap-1">
                {t("form.key")}
                <input value={m.key} maxLength={40} onChange={(e) => setFigure(i, { key: e.target.value })} aria-invalid={bad("metrics", i, "key")} title={t("form.keyHint")} className={`w-36 rounded border px-2 py-1 font-mono ${border(bad("metrics", i, "key"))}`} />
              </label>
              <label className="flex flex-col gap-1">
                {t("form.figureLabel")}
                <input value={m.label} maxLength={LIMITS.metricLabel} onChange={(e) => setFigure(i, { label: e.target.value })} aria-invalid={bad("metrics", i, "label")} className={`w-44 rounded border px-2 py-1 ${border(bad("metrics", i, "label"))}`} />
              </label>
              <label className="flex flex-col gap-1">
                {t("form.unit")}
                <input value={m.unit} maxLength={LIMITS.metricUnit} onChange={(e) => setFigure(i, { unit: e.target.value })} aria-invalid={bad("metrics", i, "unit")} className={`w-20 rounded border px-2 py-1 ${border(bad("metrics", i, "unit"))}`} />
              </label>
              <label className="flex flex-col gap-1">
                {t("form.rule")}
                <RuleSelect value={m.aggregation} onChange={(aggregation) => setFigure(i, { aggregation })} />
              </label>
              {needs >= 1 && (
                <label className="flex flex-col gap-1">
                  {t("form.numerator")}
                  <KeySelect value={m.numeratorKey} options={others} invalid={bad("metrics", i, "numeratorKey")} onChange={(numeratorKey) => setFigure(i, { numeratorKey })} />
                </label>
              )}
              {needs === 2 && (
                <label className="flex flex-col gap-1">
                  {t("form.denominator")}
                  <KeySelect value={m.denominatorKey} options={others} invalid={false} onChange={(denominatorKey) => setFigure(i, { denominatorKey })} />
                </label>
              )}
              <div className="flex gap-1">
                <button type="button" className={small} disabled={i === 0} onClick={() => set({ metrics: move(draft.metrics, i, i - 1) })}>
                  {t("form.up")}
                </button>
                <button type="button" className={small} disabled={i === draft.metrics.length - 1} onClick={() => set({ metrics: move(draft.metrics, i, i + 1) })}>
                  {t("form.down")}
                </button>
                <button type="button" className={`${small} text-red-800`} onClick={() => set({ metrics: draft.metrics.filter((_, j) => j !== i) })}>
                  {t("form.remove")}
                </button>
              </div>
            </fieldset>
          );
        })}
        <p className="text-xs text-stone-600">{t("form.keyHint")}</p>
        <button
          type="button"
          className="rounded border border-stone-300 bg-white px-3 py-1"
          onClick={() => set({ metrics: [...draft.metrics, { key: "", label: "", unit: "", aggregation: "", numeratorKey: "", denominatorKey: "" }] })}
        >
          {t("form.addFigure")}
        </button>
      </section>

      {problems.length > 0 && (
        <div role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-red-800" data-testid="template-problems">
          <p>{t("form.problems")}</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p.key}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {serverError && (
        <p role="alert" className="text-red-800" data-testid="template-save-error">
          {serverError}
        </p>
      )}
      {saved !== null && (
        <p role="status" className="text-emerald-800">
          {t("form.saved", { n: saved })}
        </p>
      )}
      <button disabled={pending} className="rounded bg-seal px-4 py-1.5 text-white disabled:opacity-60">
        {pending ? t("form.saving") : props.templateId ? t("form.save") : t("form.create")}
      </button>
    </form>
  );
}

function RuleSelect({ value, onChange }: { value: Figure["aggregation"]; onChange: (v: Figure["aggregation"]) => void }) {
  const t = useTranslations("rollup.rules");
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as Figure["aggregation"])} className="max-w-[14rem] rounded border border-stone-300 px-2 py-1">
      <option value="">{t("default")}</option>
      {AGGREGATIONS.map((a) => (
        <option key={a} value={a}>
          {t(`options.${a}`)}
        </option>
      ))}
    </select>
  );
}

function KeySelect(props: { value: string; options: { key: string; label: string }[]; invalid: boolean; onChange: (v: string) => void }) {
  const t = useTranslations("rollup.rules");
  return (
    <select value={props.value} aria-invalid={props.invalid} onChange={(e) => props.onChange(e.target.value)} className={`max-w-[12rem] rounded border px-2 py-1 ${border(props.invalid)}`}>
      <option value="">{t("none")}</option>
      {props.options.map((o) => (
        <option key={o.key} value={o.key}>
          {o.label || o.key}
        </option>
      ))}
    </select>
  );
}

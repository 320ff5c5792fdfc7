"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/editor/field-error";
import { refusalOf, type Refusal } from "@/components/ui/refusal";

interface Props {
  templates: { id: string; name: string }[];
  units: { id: string; name: string }[];
  defaultYear: number;
  /** The template of the round opened last: next year's round is most often on the same one. */
  defaultTemplateId?: string;
  action: (input: { year: number; title: string; deadline: string; templateId: string; unitIds: string[] }) => Promise<ActionResult<{ id: string }>>;
}

/** Opens a reporting round. On an error the form keeps everything typed and says what is wrong. */
export function CreateRoundForm({ templates, units, defaultYear, defaultTemplateId, action }: Props) {
  const t = useTranslations("admin.rounds");
  const [year, setYear] = useState(String(defaultYear));
  const [title, setTitle] = useState("");
  const [deadline, setDeadline] = useState("");
  const [templateId, setTemplateId] = useState((templates.find((tpl) => tpl.id === defaultTemplateId) ?? templates[0])?.id ?? "");
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [error, setError] = useState<Refusal | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await action({ year: Number(year), title, deadline, templateId, unitIds });
    setBusy(false);
    if (!r.ok) {
      setDone(false);
      return setError(refusalOf(r));
    }
    setError(null);
    setDone(true);
    setTitle("");
    setUnitIds([]);
  }

  return (
    <form onSubmit={submit} aria-label={t("create")} className="space-y-3 rounded border border-stone-200 bg-white p-3 text-sm">
      <h3 className="font-medium">{t("create")}</h3>
      <div className="grid gap-3 sm:grid-cols-4">
        <label className="block">
          <span className="block text-xs text-stone-600">{t("year")}</span>
          <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" className="w-full rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="block sm:col-span-2">
          <span className="block text-xs text-stone-600">{t("titleLabel")}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} className="w-full rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="block">
          <span className="block text-xs text-stone-600">{t("deadline")}</span>
          <input type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} className="w-full rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="block sm:col-span-2">
          <span className="block text-xs text-stone-600">{t("template")}</span>
          <select value={templateId} onChange={(e) => setTemplateId(e.target.value)} className="w-full rounded border border-stone-300 px-2 py-1">
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend className="text-xs text-stone-600">{t("units")}</legend>
        <div className="flex flex-wrap gap-3">
          {units.map((u) => (
            <label key={u.id} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={unitIds.includes(u.id)}
                onChange={(e) => setUnitIds(e.target.checked ? [...unitIds, u.id] : unitIds.filter((x) => x !== u.id))}
              />
              {u.name}
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError error={error} />
      {done && (
        <p role="status" className="text-emerald-700">
          {t("created")}
        </p>
      )}
      <Button type="submit" variant="primary" pending={busy}>
        {t("submit")}
      </Button>
    </form>
  );
}

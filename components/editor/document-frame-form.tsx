"use client";
// Title and signature block (落款) of the document, edited by its drafters while it is a draft. The issuer
// left empty prints the unit's name; the date left empty prints the approval date (GB/T 9704 signature
// without seal: issuer, then the date on the next line).
import { useState } from "react";
import { useTranslations } from "next-intl";
import { LIMITS } from "@/lib/validation/limits";
import { FieldError } from "./field-error";
import type { EditorActions } from "./types";
import { Button } from "@/components/ui/button";
import { refusalOf, type Refusal } from "@/components/ui/refusal";

export interface DocumentFrameValues {
  title: string;
  /** "" = the unit's name */
  signatureUnit: string;
  /** YYYY-MM-DD, "" = the approval date */
  documentDate: string;
}

export function DocumentFrameForm(props: {
  reportId: string;
  unitName: string;
  initial: DocumentFrameValues;
  save: EditorActions["saveDocumentFrame"];
  onSaved: () => void;
}) {
  const t = useTranslations("editor.frame");
  const [values, setValues] = useState(props.initial);
  const [error, setError] = useState<Refusal | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const dirty =
    values.title !== props.initial.title || values.signatureUnit !== props.initial.signatureUnit || values.documentDate !== props.initial.documentDate;

  const set = (field: keyof DocumentFrameValues) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setSaved(false);
    setValues((v) => ({ ...v, [field]: e.target.value }));
  };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const r = await props.save({ reportId: props.reportId, ...values });
    setPending(false);
    if (!r.ok) {
      setError(refusalOf(r));
      return;
    }
    setError(null);
    setSaved(true);
    props.onSaved();
  }

  const input = "w-full rounded border border-stone-300 px-2 py-1";
  return (
    <details className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="document-frame">
      <summary className="cursor-pointer font-medium">{t("summary")}</summary>
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-[8rem_minmax(0,1fr)] sm:items-center">
        <label htmlFor="frame-title">{t("title")}</label>
        <input id="frame-title" className={input} value={values.title} maxLength={LIMITS.title} onChange={set("title")} required />
        <label htmlFor="frame-unit">{t("signatureUnit")}</label>
        <div>
          <input
            id="frame-unit"
            className={input}
            value={values.signatureUnit}
            maxLength={LIMITS.signatureUnit}
            placeholder={props.unitName}
            onChange={set("signatureUnit")}
          />
          <p className="mt-1 text-xs text-stone-500">{t("signatureUnitHint", { unit: props.unitName })}</p>
        </div>
        <label htmlFor="frame-date">{t("documentDate")}</label>
        <div>
          <input id="frame-date" type="date" className={input} value={values.documentDate} onChange={set("documentDate")} />
          <p className="mt-1 text-xs text-stone-500">{t("documentDateHint")}</p>
        </div>
        <div className="flex items-center gap-3 sm:col-start-2">
          <Button type="submit" variant="primary" pending={pending} disabled={!dirty}>
            {t("save")}
          </Button>
          {saved && !dirty && (
            <span role="status" className="text-stone-600">
              {t("saved")}
            </span>
          )}
        </div>
        <div className="sm:col-start-2">
          <FieldError error={error} />
        </div>
      </form>
    </details>
  );
}

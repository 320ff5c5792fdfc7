"use client";
// One-click GB/T 15834 punctuation fix of the whole draft (the exporters' rules): first a preview of every
// place that would change, then 全部应用 writes them on the server and the editor reloads with the new text.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { PunctuationFixChange } from "@/lib/reports/fix-punctuation";
import { FieldError } from "./field-error";
import { useAllSaved } from "./save-status";
import type { EditorActions } from "./types";
import { Button } from "@/components/ui/button";
import { refusalOf, type Refusal } from "@/components/ui/refusal";

export function PunctuationFix(props: {
  reportId: string;
  fix: EditorActions["fixPunctuation"];
  labelOf: (change: PunctuationFixChange) => string;
  /** after applying: reload the editor with the text as stored */
  onApplied: () => void;
}) {
  const t = useTranslations("editor.punctuation");
  const allSaved = useAllSaved();
  const [changes, setChanges] = useState<PunctuationFixChange[] | null>(null);
  const [error, setError] = useState<Refusal | null>(null);
  const [pending, setPending] = useState(false);

  async function run(apply: boolean) {
    setPending(true);
    const r = await props.fix({ reportId: props.reportId, apply });
    setPending(false);
    if (!r.ok) {
      setError(refusalOf(r));
      return;
    }
    setError(null);
    if (apply) props.onApplied();
    else setChanges(r.data.changes);
  }

  const places = changes?.reduce((n, c) => n + c.snippets.length, 0) ?? 0;
  return (
    <>
      <Button pending={pending} disabled={!allSaved} title={allSaved ? undefined : t("waitForSave")} onClick={() => void run(false)}>
        {t("open")}
      </Button>
      {(changes || error) && (
        <section aria-labelledby="punctuation-heading" className="basis-full rounded border border-stone-300 bg-white p-3 text-sm" data-testid="punctuation-fix">
          <h2 id="punctuation-heading" className="font-medium">
            {t("title")}
          </h2>
          <FieldError error={error} />
          {changes && changes.length === 0 && <p role="status">{t("none")}</p>}
          {changes && changes.length > 0 && (
            <>
              <p role="status">{t("summary", { places, fields: changes.length })}</p>
              <ul className="mt-2 max-h-80 space-y-2 overflow-auto">
                {changes.map((c) => (
                  <li key={c.id} data-testid="punctuation-change">
                    <p className="font-medium">{props.labelOf(c)}</p>
                    {c.snippets.map((s, i) => (
                      <p key={i} className="font-doc">
                        <del className="bg-red-50 text-red-900">{s.before}</del>
                        <span aria-hidden="true"> → </span>
                        <span className="sr-only">{t("becomes")}</span>
                        <ins className="bg-emerald-50 text-emerald-900 no-underline">{s.after}</ins>
                      </p>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="mt-3 flex gap-2">
            {changes && changes.length > 0 && (
              <Button variant="primary" pending={pending} onClick={() => void run(true)}>
                {t("apply")}
              </Button>
            )}
            <Button
              onClick={() => {
                setChanges(null);
                setError(null);
              }}
            >
              {t("close")}
            </Button>
          </div>
        </section>
      )}
    </>
  );
}

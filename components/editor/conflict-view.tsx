"use client";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { diffChars } from "diff";

/**
 * Both texts side by side with the differences marked; the user keeps theirs, takes the server's, or keeps
 * both (the server's text appended to theirs, to merge in the editor). The user's text stays in the editor.
 */
export function ConflictView(props: {
  mine: string;
  theirs: string;
  theirVersionBy: string | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onKeepBoth?: () => void;
}) {
  const t = useTranslations("editor.conflict");
  const parts = useMemo(() => diffChars(props.theirs, props.mine), [props.mine, props.theirs]);
  return (
    <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-3 font-sans text-sm" data-testid="conflict-view">
      <p className="font-medium text-red-900">{props.theirVersionBy ? t("titleBy", { name: props.theirVersionBy }) : t("title")}</p>
      <div className="grid gap-2 md:grid-cols-2">
        <div>
          <p className="text-xs font-medium text-stone-600">{t("mine")}</p>
          <pre className="whitespace-pre-wrap break-words rounded bg-white p-2 font-doc" data-testid="conflict-mine">
            {parts.filter((p) => !p.removed).map((p, i) => (p.added ? <ins key={i} className="bg-emerald-100 no-underline">{p.value}</ins> : <span key={i}>{p.value}</span>))}
          </pre>
        </div>
        <div>
          <p className="text-xs font-medium text-stone-600">{t("theirs")}</p>
          <pre className="whitespace-pre-wrap break-words rounded bg-white p-2 font-doc" data-testid="conflict-theirs">
            {parts.filter((p) => !p.added).map((p, i) => (p.removed ? <del key={i} className="bg-red-100 no-underline">{p.value}</del> : <span key={i}>{p.value}</span>))}
          </pre>
        </div>
      </div>
      <p className="text-xs text-stone-600">{t("hint")}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={props.onKeepMine} className="rounded bg-seal px-3 py-1 text-white">
          {t("keepMine")}
        </button>
        <button type="button" onClick={props.onTakeTheirs} className="rounded border border-stone-300 bg-white px-3 py-1">
          {t("takeTheirs")}
        </button>
        {props.onKeepBoth && (
          <button type="button" onClick={props.onKeepBoth} className="rounded border border-stone-300 bg-white px-3 py-1">
            {t("keepBoth")}
          </button>
        )}
      </div>
    </div>
  );
}

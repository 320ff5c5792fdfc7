"use client";
// Bringing an existing document into a draft: choose a file or paste, check the preview (each block's
// kind, lines marked for removal with the reason, the figures found), correct it, then replace the draft.
// Everything the user brought stays in this component's state until the draft is saved, so a failed read
// or save loses nothing.
import { useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { parseImportBlocks, type ImportBlock, type ImportBlockKind } from "@/lib/reports/text/import-blocks";
import { detectBlanks, detectPossibleBlanks, splitLeadSentence } from "@/lib/reports/text";
import { CONTENT_KINDS, findFigureOffers, mergeWithPrevious, restoreBlock, splitBlock } from "@/lib/import/import-plan";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useClientRefusal } from "@/components/ui/refusal";
import type { ActionResult } from "@/lib/domain/action-context";

const KINDS: ImportBlockKind[] = [
  "TITLE", "OPENING", "ACHIEVEMENTS_TITLE", "ACHIEVEMENT", "PROBLEMS_TITLE", "PROBLEM",
  "PLAN_TITLE", "PLAN", "CLOSING", "SIGNATURE", "REMOVED",
];

type Source = "docx" | "text" | "paste";

export interface ImportWizardProps {
  /** What saving does, said in the confirm (replace a draft, or create a template). */
  confirmText: string;
  createLabel: string;
  /** The confirm's yes button. */
  confirmLabel: string;
  readFile: (form: FormData) => Promise<ActionResult<{ text: string }>>;
  /** Saves the corrected blocks; answers where to go next. */
  save: (input: { source: Source; blocks: ImportBlock[]; acceptedFigures: string[] }) => Promise<ActionResult<{ href: string }>>;
}

export function ImportWizard({ confirmText, createLabel, confirmLabel, readFile, save }: ImportWizardProps) {
  const t = useTranslations("import");
  // client-keys: errors.importEmpty (found here, before anything is sent)
  const clientRefusal = useClientRefusal();
  const router = useRouter();
  const [pasted, setPasted] = useState("");
  const [source, setSource] = useState<Source>("paste");
  const [blocks, setBlocks] = useState<ImportBlock[] | null>(null);
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  // The textareas by block, so 拆分 reads the caret where the user left it (it survives the button click).
  const fields = useRef(new Map<number, HTMLTextAreaElement>());

  const offers = useMemo(() => (blocks ? findFigureOffers(blocks) : []), [blocks]);
  const blanks = useMemo(
    () =>
      (blocks ?? []).flatMap((b, i) => (CONTENT_KINDS.has(b.kind) ? detectBlanks(b.text).map((x) => ({ ...x, block: i })) : [])),
    [blocks],
  );

  const preview = (text: string, from: Source) => {
    const parsed = parseImportBlocks(text);
    if (parsed.length === 0) {
      setError(clientRefusal("errors.importEmpty").message);
      return;
    }
    setError(null);
    setSource(from);
    setRejected(new Set());
    setBlocks(parsed);
  };

  const onFile = (file: File | undefined) => {
    if (!file) return;
    const form = new FormData();
    form.set("file", file);
    startTransition(async () => {
      const result = await readFile(form);
      if (!result.ok) setError(result.message);
      else preview(result.data.text, file.name.toLowerCase().endsWith(".docx") ? "docx" : "text");
    });
  };

  const update = (next: ImportBlock[]) => {
    setBlocks(next);
    setConfirming(false);
  };

  const create = () => {
    if (!blocks) return;
    const acceptedFigures = offers.filter((o) => !o.approximate && !rejected.has(o.id)).map((o) => o.id);
    startTransition(async () => {
      const result = await save({ source, blocks, acceptedFigures });
      if (!result.ok) {
        setError(result.message);
        setConfirming(false);
        return;
      }
      router.push(result.data.href);
      router.refresh();
    });
  };

  return (
    <div className="space-y-4">
      <ErrorAlert message={error} testId="import-error" />
      {blocks === null ? (
        <div className="grid gap-4 md:grid-cols-2">
          <section aria-labelledby="import-file" className="space-y-2 rounded border border-stone-200 bg-white p-3">
            <h2 id="import-file" className="font-medium">
              {t("fromFile")}
            </h2>
            <p className="text-sm text-stone-600">{t("fileHint")}</p>
            <label className="block text-sm">
              <span className="sr-only">{t("chooseFile")}</span>
              <input
                type="file"
                accept=".docx,.txt,.md"
                disabled={pending}
                aria-label={t("chooseFile")}
                onChange={(e) => onFile(e.target.files?.[0])}
              />
            </label>
          </section>
          <section aria-labelledby="import-paste" className="space-y-2 rounded border border-stone-200 bg-white p-3">
            <h2 id="import-paste" className="font-medium">
              {t("fromPaste")}
            </h2>
            <textarea
              aria-label={t("pasteLabel")}
              className="h-48 w-full rounded border border-stone-300 p-2 text-sm"
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
            />
            <button
              type="button"
              disabled={pending || pasted.trim() === ""}
              className="rounded bg-seal px-3 py-1 text-sm text-white disabled:opacity-50"
              onClick={() => preview(pasted, "paste")}
            >
              {t("toPreview")}
            </button>
          </section>
        </div>
      ) : (
        <div className="space-y-4">
          <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="import-summary">
            <span>{t("summary", { blocks: blocks.filter((b) => b.kind !== "REMOVED").length, removed: blocks.filter((b) => b.kind === "REMOVED").length, blanks: blanks.length, figures: offers.length })}</span>
            <button type="button" className="ml-auto rounded border border-stone-300 px-3 py-1" onClick={() => setBlocks(null)}>
              {t("back")}
            </button>
          </div>
          <ol className="space-y-2" aria-label={t("blocks")}>
            {blocks.map((block, i) => {
              const removed = block.kind === "REMOVED";
              return (
                <li
                  key={i}
                  data-testid="import-block"
                  data-kind={block.kind}
                  className={`rounded border p-2 ${removed ? "border-stone-200 bg-stone-100 text-stone-500" : "border-stone-300 bg-white"}`}
                >
                  <div className="mb-1 flex flex-wrap items-center gap-2 text-sm">
                    <label className="flex items-center gap-1">
                      <span className="sr-only">{t("kindOf", { n: i + 1 })}</span>
                      <select
                        aria-label={t("kindOf", { n: i + 1 })}
                        value={block.kind}
                        className="rounded border border-stone-300 px-1 py-0.5"
                        onChange={(e) => update(blocks.map((b, j) => (j === i ? { kind: e.target.value as ImportBlockKind, text: b.text } : b)))}
                      >
                        {KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`kind.${k}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                    {removed && block.reason && <span data-testid="removal-reason">{t(`reason.${block.reason}`)}</span>}
                    <span className="ml-auto flex gap-1">
                      {removed ? (
                        <button type="button" className="rounded border border-stone-300 px-2" onClick={() => update(restoreBlock(blocks, i))}>
                          {t("restore")}
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="rounded border border-stone-300 px-2"
                          onClick={() => update(splitBlock(blocks, i, fields.current.get(i)?.selectionStart ?? 0))}
                        >
                          {t("split")}
                        </button>
                      )}
                      {i > 0 && (
                        <button type="button" className="rounded border border-stone-300 px-2" onClick={() => update(mergeWithPrevious(blocks, i))}>
                          {t("merge")}
                        </button>
                      )}
                    </span>
                  </div>
                  <textarea
                    aria-label={t("textOf", { n: i + 1 })}
                    className={`w-full rounded border border-stone-200 p-1 text-sm ${removed ? "line-through" : ""}`}
                    rows={Math.min(8, Math.max(1, Math.ceil(block.text.length / 60) + block.text.split("\n").length - 1))}
                    value={block.text}
                    ref={(el) => {
                      if (el) fields.current.set(i, el);
                      else fields.current.delete(i);
                    }}
                    onChange={(e) => {
                      update(blocks.map((b, j) => (j === i ? { ...b, text: e.target.value } : b)));
                    }}
                  />
                  {(block.kind === "ACHIEVEMENT" || block.kind === "PROBLEM") && (
                    <p className="text-xs text-stone-600" data-testid="block-lead">
                      {t("leadIs", { lead: splitLeadSentence(block.text.split("\n")[0]).heading })}
                    </p>
                  )}
                  {CONTENT_KINDS.has(block.kind) && detectPossibleBlanks(block.text).length > 0 && (
                    <p className="text-xs text-stone-600" data-testid="block-possible-blanks">
                      {t("possibleBlanks", {
                        list: detectPossibleBlanks(block.text)
                          .map((x) => `…${block.text.slice(Math.max(0, x.index - 4), x.index + x.length + 2)}…`)
                          .join("、"),
                      })}
                    </p>
                  )}
                  {blanks.some((x) => x.block === i) && (
                    <p className="text-xs text-amber-800" data-testid="block-blanks">
                      {t("blanksHere", {
                        list: blanks
                          .filter((x) => x.block === i)
                          .map((x) => `${x.match}（${t(`blankKind.${x.kind}`)}）`)
                          .join("、"),
                      })}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
          <section aria-labelledby="import-figures" className="space-y-2 rounded border border-stone-200 bg-white p-3">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id="import-figures" className="font-medium">
                {t("figures", { n: offers.length })}
              </h2>
              <button type="button" className="rounded border border-stone-300 px-2 text-sm" onClick={() => setRejected(new Set())}>
                {t("acceptAll")}
              </button>
              <button type="button" className="rounded border border-stone-300 px-2 text-sm" onClick={() => setRejected(new Set(offers.map((o) => o.id)))}>
                {t("rejectAll")}
              </button>
            </div>
            <p className="text-sm text-stone-600">{t("figuresHint")}</p>
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left text-stone-600">
                  <th className="font-normal">{t("figureAccept")}</th>
                  <th className="font-normal">{t("figureLabel")}</th>
                  <th className="font-normal">{t("figureValue")}</th>
                  <th className="font-normal">{t("figureUnit")}</th>
                </tr>
              </thead>
              <tbody>
                {offers.map((o) => (
                  <tr key={o.id} data-testid="figure-offer">
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t("acceptFigure", { label: o.label, match: o.match })}
                        disabled={o.approximate}
                        checked={!o.approximate && !rejected.has(o.id)}
                        onChange={(e) => {
                          const next = new Set(rejected);
                          if (e.target.checked) next.delete(o.id);
                          else next.add(o.id);
                          setRejected(next);
                        }}
                      />
                    </td>
                    <td>{o.label}</td>
                    <td>{o.value}</td>
                    <td>{o.approximate ? t("approximate") : o.unit}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {confirming ? (
            <div role="alertdialog" aria-labelledby="import-confirm" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3">
              <p id="import-confirm" className="text-sm">
                {confirmText}
              </p>
              <div className="flex gap-2">
                <Button variant="primary" autoFocus pending={pending} onClick={create}>
                  {confirmLabel}
                </Button>
                <Button onClick={() => setConfirming(false)}>{t("confirmNo")}</Button>
              </div>
            </div>
          ) : (
            <Button variant="primary" pending={pending} onClick={() => setConfirming(true)}>
              {createLabel}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

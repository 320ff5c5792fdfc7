import { useTranslations } from "next-intl";

/** Both texts side by side; the user's own text also stays in the editor above, editable. */
export function ConflictView(props: { mine: string; theirs: string; theirVersionBy: string | null; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const t = useTranslations("editor.conflict");
  return (
    <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-3 text-sm" data-testid="conflict-view">
      <p className="font-medium text-red-900">{props.theirVersionBy ? t("titleBy", { name: props.theirVersionBy }) : t("title")}</p>
      <div className="grid gap-2 md:grid-cols-2">
        <div>
          <p className="text-xs font-medium text-stone-600">{t("mine")}</p>
          <pre className="whitespace-pre-wrap break-words rounded bg-white p-2 font-doc" data-testid="conflict-mine">
            {props.mine}
          </pre>
        </div>
        <div>
          <p className="text-xs font-medium text-stone-600">{t("theirs")}</p>
          <pre className="whitespace-pre-wrap break-words rounded bg-white p-2 font-doc" data-testid="conflict-theirs">
            {props.theirs}
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
      </div>
    </div>
  );
}

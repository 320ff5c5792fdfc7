import { useFormatter, useTranslations } from "next-intl";

export function BackupOffer(props: { savedAt: string; preview: string; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations("editor.backup");
  const format = useFormatter();
  return (
    <div role="alert" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="backup-offer">
      <p className="font-medium">{t("found", { time: format.dateTime(new Date(props.savedAt), { dateStyle: "short", timeStyle: "medium" }) })}</p>
      <pre className="max-h-32 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 font-doc">{props.preview}</pre>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={props.onRestore} className="rounded bg-seal px-3 py-1 text-white">
          {t("restore")}
        </button>
        <button type="button" onClick={props.onDiscard} className="rounded border border-stone-300 bg-white px-3 py-1">
          {t("discard")}
        </button>
      </div>
    </div>
  );
}

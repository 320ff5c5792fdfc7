import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { LOCALES } from "@/lib/i18n/config";

/** Plain form buttons: switching works without JavaScript and from the keyboard. */
export async function LocaleSwitcher({ action }: { action: (form: FormData) => Promise<void> }) {
  const t = await getTranslations("language");
  const current = await getLocale();
  return (
    <form action={action} className="flex items-center gap-1" aria-label={t("switchTo")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          name="locale"
          value={l}
          aria-pressed={l === current}
          className={`rounded px-2 py-1 text-xs ${l === current ? "bg-stone-800 text-white" : "text-stone-700 hover:bg-stone-200"}`}
        >
          {t(l)}
        </button>
      ))}
    </form>
  );
}

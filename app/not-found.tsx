import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server-translations";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-md space-y-4 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-stone-600">{t("pageNotFound")}</p>
      <Link href="/" className="text-blue-800 hover:underline">
        {t("backHome")}
      </Link>
    </main>
  );
}

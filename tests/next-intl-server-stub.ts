// Unit tests run outside Next, where next-intl's server API throws (it needs a request's config). Server
// code that translates — an action's refusal (lib/actions/action-refusal.ts) — gets the Chinese catalogue,
// the default language, through next-intl's own translator.
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/load-messages";

type Options = string | { locale?: Locale; namespace?: string } | undefined;

export async function getLocale(): Promise<Locale> {
  return DEFAULT_LOCALE;
}

export async function getMessages(opts?: { locale?: Locale }) {
  return loadMessages(opts?.locale ?? DEFAULT_LOCALE);
}

export async function getTranslations(opts?: Options) {
  const { locale = DEFAULT_LOCALE, namespace } = typeof opts === "string" ? { namespace: opts } : (opts ?? {});
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages: messages as never, namespace: namespace as never });
}

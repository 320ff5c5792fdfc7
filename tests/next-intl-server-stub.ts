// Unit tests run outside Next, where next-intl's server API throws (it needs a request's config). Server
// code that translates — an action's refusal (lib/actions/action-refusal.ts), through
// lib/i18n/server-translations.ts — gets the request locale from here: Chinese, the default language.
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/load-messages";

export async function getLocale(): Promise<Locale> {
  return DEFAULT_LOCALE;
}

export async function getMessages(opts?: { locale?: Locale }) {
  return loadMessages(opts?.locale ?? DEFAULT_LOCALE);
}

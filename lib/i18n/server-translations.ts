import "server-only";
import { getLocale, type getFormatter as NextGetFormatter, type getTranslations as NextGetTranslations } from "next-intl/server";
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from "use-intl/core";
import { toLocale, type Locale } from "./config";
import { loadMessages } from "./load-messages";
import { TIME_ZONE } from "./request-config";

// getTranslations / getFormatter for server components, as next-intl's, but with the parsed messages and
// the Intl formatters kept for the life of the process. next-intl makes them per request: every message
// with an argument ("{count} 条") was parsed again (intl-messageformat) and every date format built again
// (Intl.DateTimeFormat) on each request — about a twentieth of a page's CPU. The catalogues are read-only
// and a parsed message or a formatter holds nothing of the request, so one per locale serves all.
type Formatters = ReturnType<typeof _createIntlFormatters>;
const formatters = new Map<Locale, Formatters>();
function formattersFor(locale: Locale): Formatters {
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = _createIntlFormatters(_createCache())));
  return f;
}

const translators = new Map<string, unknown>();

/** The request's translator for `namespace` (all messages without one), like next-intl's. */
export const getTranslations = (async (namespace?: string) => {
  const locale = toLocale(await getLocale());
  const key = `${locale} ${namespace ?? ""}`;
  let t = translators.get(key);
  if (!t) {
    const messages = await loadMessages(locale);
    t = createTranslator({ locale, messages, namespace, timeZone: TIME_ZONE, _formatters: formattersFor(locale) } as never);
    translators.set(key, t);
  }
  return t;
}) as unknown as typeof NextGetTranslations;

const dateFormatters = new Map<Locale, ReturnType<typeof createFormatter>>();

/** Dates and numbers in the request's language and Asia/Shanghai, like next-intl's getFormatter. */
export const getFormatter = (async () => {
  const locale = toLocale(await getLocale());
  let f = dateFormatters.get(locale);
  if (!f) dateFormatters.set(locale, (f = createFormatter({ locale, timeZone: TIME_ZONE, _formatters: formattersFor(locale) })));
  return f;
}) as unknown as typeof NextGetFormatter;

import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, toLocale, type Locale } from "./config";
import { loadMessages } from "./load-messages";
import { TIME_ZONE } from "./request-config";

// The language comes from the user's choice (cookie), else the browser's Accept-Language, else Chinese.
async function pickLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (chosen) return toLocale(chosen);
  const accept = (await headers()).get("accept-language") ?? "";
  const first = accept.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await pickLocale();
  return { locale, messages: await loadMessages(locale), timeZone: TIME_ZONE };
});

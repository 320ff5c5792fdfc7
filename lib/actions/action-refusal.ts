import "server-only";
import { getTranslations } from "@/lib/i18n/server-translations";
import { keyText } from "@/lib/i18n/key-text";
import type { ActionRefusal } from "@/lib/domain/action-context";

/**
 * A refused action's answer: the message key, its values and the text in the requester's language
 * (the locale of this request: the cookie, else Accept-Language). Translating here rather than in the
 * browser is what keeps the error catalogues out of every page's HTML.
 */
export async function refusal(key: string, values?: Record<string, string | number>): Promise<ActionRefusal> {
  const message = keyText(await getTranslations(), key, values);
  return values ? { ok: false, error: key, values, message } : { ok: false, error: key, message };
}

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import { keyText } from "@/lib/i18n/key-text";
import type { ActionRefusal } from "@/lib/domain/action-context";

/** A refusal as a component shows it: the message key (for logic), its values, and the text to show. */
export type Refusal = { key: string; values?: Record<string, string | number>; message: string };

/** A refused action's answer as a Refusal: its text comes from the server, in the user's language. */
export function refusalOf(result: Pick<ActionRefusal, "error" | "values" | "message">): Refusal {
  return { key: result.error, values: result.values, message: result.message };
}

/**
 * Refusals the browser finds itself (a required reason left empty, an action that threw): the server did not
 * translate these, so the page sends their keys. Each module that produces one declares it with
 * `// client-keys: …` (tests/client-messages-pages.test.ts checks that its page sends them).
 */
export function useClientRefusal() {
  // client-messages: errors.generic (what keyText falls back to; every other key is declared where it is produced)
  const t = useTranslations();
  return useCallback((key: string, values?: Record<string, string | number>): Refusal => ({ key, values, message: keyText(t, key, values) }), [t]);
}

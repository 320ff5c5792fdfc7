"use client";
import { keyText } from "@/lib/i18n/key-text";
import { useLocale, useTranslations } from "next-intl";
import { sectionLabelText, type Translator } from "@/lib/i18n/section-label";

/** An action's error key as text in the user's language ("errors.x" or "reviewErrors.x"). */
export function useErrorText() {
  // client-messages: @action-errors sectionKind review.sectionLabel
  const t = useTranslations();
  return (key: string, values?: Record<string, string | number>) => keyText(t, key, values);
}

/** Names a section the way the document numbers it, in the user's language. */
export function useSectionLabel() {
  const t = useTranslations() as unknown as Translator;
  const locale = useLocale();
  return (kind: string, ordinal: number) => sectionLabelText(t, locale, kind, ordinal);
}

"use client";
import { useLocale, useTranslations } from "next-intl";
import { sectionLabelText, type Translator } from "@/lib/i18n/section-label";

/** Names a section the way the document numbers it, in the user's language. */
export function useSectionLabel() {
  // client-messages: sectionKind review.sectionLabel
  const t = useTranslations() as unknown as Translator;
  const locale = useLocale();
  return (kind: string, ordinal: number) => sectionLabelText(t, locale, kind, ordinal);
}

import { chineseNumeral } from "@/lib/reports/text";

// client-messages: sectionKind review.sectionLabel
/** Any next-intl translator (useTranslations() on the client, getTranslations() on the server). */
export interface Translator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** "主要成效（二）" / "Achievements (2)": a section named the way the document numbers it. */
export function sectionLabelText(t: Translator, locale: string, kind: string, ordinal: number): string {
  const name = t.has(`sectionKind.${kind}`) ? t(`sectionKind.${kind}`) : kind;
  if ((kind === "OPENING" || kind === "CLOSING") && ordinal === 1) return name;
  const n = locale === "zh-CN" && ordinal >= 1 && ordinal <= 99 ? chineseNumeral(ordinal) : String(ordinal);
  return t("review.sectionLabel", { kind: name, n });
}

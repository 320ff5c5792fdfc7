import { keyText } from "@/lib/i18n/key-text";
import { useTranslations } from "next-intl";

/** Shows a message key from a server action in the user's language. */
export function FieldError({ error, id }: { error: { key: string; values?: Record<string, string | number> } | null; id?: string }) {
  // client-messages: errors reviewErrors unitErrors
  const t = useTranslations();
  if (!error) return null;
  return (
    <p id={id} role="alert" className="text-sm text-red-700" data-testid="field-error">
      {keyText(t, error.key, error.values)}
    </p>
  );
}

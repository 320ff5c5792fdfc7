import { keyText } from "@/lib/i18n/key-text";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/ui/error-alert";

/** Shows a message key from a server action in the user's language. */
export function FieldError({ error, id }: { error: { key: string; values?: Record<string, string | number> } | null; id?: string }) {
  // client-messages: @action-errors
  const t = useTranslations();
  return <ErrorAlert id={id} message={error && keyText(t, error.key, error.values)} testId="field-error" />;
}

import type { Refusal } from "@/components/ui/refusal";
import { ErrorAlert } from "@/components/ui/error-alert";

/** Shows a refusal in the user's language: the server's text for an action's, the page's for the browser's own. */
export function FieldError({ error, id }: { error: Refusal | null; id?: string }) {
  return <ErrorAlert id={id} message={error?.message} testId="field-error" />;
}

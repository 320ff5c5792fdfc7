"use client";
import { useCallback, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/domain/action-context";
import { useErrorText } from "@/components/review/use-review-text";

/**
 * Runs a server action from a component: `pending` while it runs, the refusal as text in the user's language
 * (the action answers a message key), and a router.refresh() when it succeeded so the server-rendered page
 * shows the new state. `run` resolves to the result (undefined if it threw) for callers that branch on data.
 */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, options: { refresh?: boolean } = {}) {
  const router = useRouter();
  const errorText = useErrorText();
  const [pending, start] = useTransition();
  const [error, setErrorText] = useState<string | null>(null);
  const refresh = options.refresh ?? true;

  const run = useCallback(
    (input: I) =>
      new Promise<ActionResult<T> | undefined>((resolve) => {
        start(async () => {
          setErrorText(null);
          try {
            const result = await action(input);
            if (!result.ok) setErrorText(errorText(result.error, result.values));
            else if (refresh) router.refresh();
            resolve(result);
          } catch {
            setErrorText(errorText("errors.generic"));
            resolve(undefined);
          }
        });
      }),
    [action, errorText, refresh, router],
  );
  /** Shows a refusal found before calling the server (e.g. a required reason left empty). */
  const setError = useCallback((key: string | null, values?: Record<string, string | number>) => setErrorText(key ? errorText(key, values) : null), [errorText]);
  return { run, pending, error, setError };
}

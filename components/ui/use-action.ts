"use client";
import { useCallback, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/domain/action-context";
import { useClientRefusal } from "./refusal";

/**
 * Runs a server action from a component: `pending` while it runs, the refusal as text in the user's language
 * (the action answers it translated), and a router.refresh() when it succeeded so the server-rendered page
 * shows the new state. `run` resolves to the result (undefined if it threw) for callers that branch on data.
 */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, options: { refresh?: boolean } = {}) {
  // client-keys: errors.generic (an action that threw or a network failure has no answer to show)
  const router = useRouter();
  const clientRefusal = useClientRefusal();
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
            if (!result.ok) setErrorText(result.message);
            else if (refresh) router.refresh();
            resolve(result);
          } catch {
            setErrorText(clientRefusal("errors.generic").message);
            resolve(undefined);
          }
        });
      }),
    [action, clientRefusal, refresh, router],
  );
  /**
   * Shows a refusal found before calling the server (e.g. a required reason left empty): its key is sent
   * to the browser, declared by the calling module with `// client-keys: …`.
   */
  const setError = useCallback((key: string | null, values?: Record<string, string | number>) => setErrorText(key ? clientRefusal(key, values).message : null), [clientRefusal]);
  return { run, pending, error, setError };
}

"use client";
import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False on the server and while the page hydrates, true from the first render after it. For parts that
 * only make sense once scripts run (a grid of inputs bound to autosave): the server leaves them out of
 * the HTML and the browser renders them from the props it already has.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}

// Keys that arrive at run time — an action's error ("errors.x", "reviewErrors.x") or a code from the
// server — cannot be checked by the compiler like the literal keys of components. They go through here:
// the text when the catalogue has the key, the fallback's text otherwise (never the raw key on screen).
import type { Translator } from "./section-label";

export function keyText(t: unknown, key: string, values?: Record<string, string | number>, fallback = "errors.generic"): string {
  const tr = t as Translator;
  return tr.has(key) ? tr(key, values) : tr(fallback);
}

// Keys that arrive at run time — an action's error ("errors.x", "reviewErrors.x") or a code from the
// server — cannot be checked by the compiler like the literal keys of components. They go through here:
// the text when the catalogue has the key, the fallback's text otherwise (never a raw message key on screen).
import type { Translator } from "./section-label";

export function keyText(t: unknown, key: string, values?: Record<string, string | number>, fallback = "errors.generic"): string {
  const tr = t as Translator;
  if (tr.has(key)) return tr(key, values);
  // A fallback that is no key (an unknown audit action's own name) is shown as it is.
  return tr.has(fallback) ? tr(fallback) : fallback;
}

// Which messages go to the browser. Server components read every catalogue (lib/i18n/request.ts); the
// browser gets only what the page's client components read: each page wraps them in
// <ClientMessages namespaces={…}> (components/client-messages.tsx) and the root layout sends none. The
// catalogues were most of the HTML of a small page (the home page: 23 of its 29 thousand characters of
// RSC payload), serialised, escaped and compressed on every request. tests/client-messages-pages.test.ts
// reads each page's client modules off the source and fails when a page leaves out a namespace they use.
// The error catalogues are not among them: an action's refusal arrives translated (lib/actions/action-refusal.ts),
// and a page sends only the few keys its browser code produces itself ("errors.generic").
import type { Messages } from "next-intl";

/** A top-level namespace ("editor") or one part of it ("import.openImport", "review.sectionLabel"). */
export type ClientNamespace = keyof Messages | `${keyof Messages}.${string}`;

/** The parts of `all` named by `include` (a whole namespace wins over a part of it; unknown paths add nothing). */
export function pickClientMessages(all: Record<string, unknown>, include: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const whole = new Set(include.filter((p) => !p.includes(".")));
  for (const ns of whole) if (ns in all) out[ns] = all[ns];
  for (const p of include) {
    const keys = p.split(".");
    if (keys.length === 1 || whole.has(keys[0])) continue;
    let from: unknown = all;
    for (const k of keys) from = from && typeof from === "object" ? (from as Record<string, unknown>)[k] : undefined;
    if (from === undefined) continue;
    let to = out;
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Record<string, unknown>;
    to[keys[keys.length - 1]] = from;
  }
  return out;
}

// Which messages go to the browser. Server components read every catalogue (lib/i18n/request.ts); the
// client gets what its components use. The root layout sends every top-level namespace except the
// page-scoped ones below, which only a few pages' client components use — those pages wrap their client
// components in <ClientMessages namespaces={…}> (components/client-messages.tsx). A namespace added by a
// new area (MESSAGE_AREAS) is sent everywhere until it is listed here.
export const PAGE_SCOPED_NAMESPACES = ["editor", "review", "import", "export", "templates"] as const;
export type PageScopedNamespace = (typeof PAGE_SCOPED_NAMESPACES)[number];
/** A whole page-scoped namespace ("editor") or one part of it ("import.openImport"). */
export type ClientNamespace = PageScopedNamespace | `${PageScopedNamespace}.${string}`;

/** The messages for the client: every namespace but the page-scoped ones, plus those asked for. */
export function pickClientMessages(all: Record<string, unknown>, include: readonly ClientNamespace[] = []): Record<string, unknown> {
  const whole = new Set<string>(include.filter((p) => !p.includes(".")));
  const scoped = new Set<string>(PAGE_SCOPED_NAMESPACES.filter((ns) => !whole.has(ns)));
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(all).filter(([ns]) => !scoped.has(ns)));
  for (const p of include) {
    if (!p.includes(".")) continue;
    const keys = p.split(".");
    let from: unknown = all;
    for (const k of keys) from = from && typeof from === "object" ? (from as Record<string, unknown>)[k] : undefined;
    if (from === undefined || whole.has(keys[0])) continue;
    let to = out;
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Record<string, unknown>;
    to[keys[keys.length - 1]] = from;
  }
  return out;
}

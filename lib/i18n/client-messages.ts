// Which messages go to the browser. Server components read every catalogue (lib/i18n/request.ts); the
// client gets what its components use. The root layout sends every top-level namespace except the
// page-scoped ones below, which only a few pages' client components use — those pages wrap their client
// components in <ClientMessages namespaces={…}> (components/client-messages.tsx). A namespace added by a
// new area (MESSAGE_AREAS) is sent everywhere until it is listed here.
export const PAGE_SCOPED_NAMESPACES = ["editor", "review", "import", "export"] as const;
export type PageScopedNamespace = (typeof PAGE_SCOPED_NAMESPACES)[number];

/** The messages for the client: every namespace but the page-scoped ones, plus those asked for. */
export function pickClientMessages(all: Record<string, unknown>, include: readonly PageScopedNamespace[] = []): Record<string, unknown> {
  const scoped = new Set<string>(PAGE_SCOPED_NAMESPACES.filter((ns) => !include.includes(ns)));
  return Object.fromEntries(Object.entries(all).filter(([ns]) => !scoped.has(ns)));
}

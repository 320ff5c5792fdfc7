import type { Locale } from "./config";

// Messages are split by area so that work on one area does not touch another's file; each area file
// holds whole top-level namespaces and they are merged here.
export const MESSAGE_AREAS = ["core", "editor", "review", "export", "presence", "import", "notifications", "rollup", "templates"] as const;

// Merged once per locale and process: every request used to merge the areas again (the catalogues
// are read-only; nothing writes to what this returns).
const merged = new Map<Locale, Promise<Record<string, unknown>>>();

export function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  let hit = merged.get(locale);
  if (!hit) {
    hit = Promise.all(MESSAGE_AREAS.map(async (area) => (await import(`./messages/${area}.${locale}.json`)).default)).then((parts) =>
      Object.freeze(Object.assign({}, ...parts)),
    );
    merged.set(locale, hit);
  }
  return hit;
}

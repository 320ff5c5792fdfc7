import type { Locale } from "./config";

// Messages are split by area so that work on one area does not touch another's file; each area file
// holds whole top-level namespaces and they are merged here.
export const MESSAGE_AREAS = ["core", "editor", "review", "export", "presence", "import", "notifications", "rollup", "templates"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(MESSAGE_AREAS.map(async (area) => (await import(`./messages/${area}.${locale}.json`)).default));
  return Object.assign({}, ...parts);
}

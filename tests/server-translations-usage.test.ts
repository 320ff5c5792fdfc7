// Server components translate through lib/i18n/server-translations.ts (messages parsed and formatters built
// once per process), not next-intl's hooks, which rebuild them on every request. Read off the source: the
// modules a page or layout renders on the server (following server imports, stopping at "use client").
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { layoutsOf, moduleInfo, pages, root } from "./support/client-graph";

function serverModulesOf(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f) || moduleInfo(f).client) continue;
    seen.add(f);
    stack.push(...moduleInfo(f).imports);
  }
  return seen;
}

describe("translations in server components", () => {
  const all = pages();
  const server = serverModulesOf([...all, ...new Set(all.flatMap(layoutsOf))]);

  it("finds the server components", () => {
    expect(server.has(path.join(root, "components/app-header.tsx"))).toBe(true);
    expect(server.has(path.join(root, "components/editor/report-editor.tsx"))).toBe(false);
  });

  it("no server component calls next-intl's useTranslations, useFormatter or getTranslations", () => {
    const offenders = [...server].filter((f) => {
      if (f === path.join(root, "lib/i18n/server-translations.ts")) return false; // the wrapper itself
      // code only: comments name the hooks
      const src = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      return /\buse(Translations|Formatter)\(/.test(src) || /import\s*\{[^}]*\b(getTranslations|getFormatter)\b[^}]*\}\s*from\s*"next-intl\/server"/.test(src);
    });
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});

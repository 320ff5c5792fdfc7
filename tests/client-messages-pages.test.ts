// Every page sends the browser the message namespaces its client components read, and no page
// leans on the root layout for them (it sends none). Read off the source: tests/support/client-graph.ts.
import path from "node:path";
import { describe, expect, it } from "vitest";
import zhCore from "@/lib/i18n/messages/core.zh-CN.json";
import { loadMessages } from "@/lib/i18n/load-messages";
import { ACTION_ERROR_NAMESPACES, pickClientMessages } from "@/lib/i18n/client-messages";
import { clientNeedsOf, covered, layoutsOf, moduleInfo, pages, providedNamespaces, root } from "./support/client-graph";

const constants = { ACTION_ERROR_NAMESPACES };
const rel = (f: string) => path.relative(root, f);

describe("client messages per page", () => {
  const all = pages();

  it("finds the pages and their client modules", () => {
    expect(all.length).toBeGreaterThan(15);
    const editor = all.find((p) => rel(p) === "app/(app)/reports/[reportId]/edit/page.tsx")!;
    const needs = clientNeedsOf(editor).namespaces;
    // the editor's client modules, several imports deep
    expect([...needs]).toEqual(expect.arrayContaining(["editor.metrics", "editor.save", "presence", "errors"]));
    expect(moduleInfo(path.join(root, "components/editor/report-editor.tsx")).client).toBe(true);
    expect(moduleInfo(path.join(root, "components/app-header.tsx")).client).toBe(false);
  });

  it("declares what a client module reads when its namespace is not a literal", () => {
    for (const p of all) expect(clientNeedsOf(p).undeclared, rel(p)).toEqual([]);
  });

  it.each(pages().map((p) => [rel(p), p]))("%s sends what its client components read", (_, page) => {
    const provided = [page, ...layoutsOf(page)].flatMap((f) => providedNamespaces(f, constants));
    const missing = [...clientNeedsOf(page).namespaces].filter((ns) => !covered(ns, provided));
    expect(missing).toEqual([]);
  });

  it("layouts render no client module that reads messages (the root layout sends none)", () => {
    for (const l of new Set(all.flatMap(layoutsOf))) expect([...clientNeedsOf(l).namespaces], rel(l)).toEqual([]);
  });

  it("every namespace a page sends exists in both languages", async () => {
    const catalogues = { "zh-CN": await loadMessages("zh-CN"), en: await loadMessages("en") };
    for (const p of all) {
      for (const ns of providedNamespaces(p, constants)) {
        for (const [locale, messages] of Object.entries(catalogues)) {
          expect(Object.keys(pickClientMessages(messages as Record<string, unknown>, [ns])), `${rel(p)}: ${ns} in ${locale}`).toEqual([ns.split(".")[0]]);
        }
      }
    }
    expect(Object.keys(zhCore)).toContain("errors");
  });
});

describe("action error keys", () => {
  it("every error key the domain returns is in a namespace the pages send with the action errors", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = path.join(dir, n);
        return statSync(p).isDirectory() ? (n === "generated" ? [] : files(p)) : /\.tsx?$/.test(n) && !n.endsWith(".test.ts") ? [p] : [];
      });
    const keys = new Set<string>();
    for (const f of files(path.join(root, "lib"))) {
      // code only: comments name example keys
      const code = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      for (const m of code.matchAll(/["`]((?:[a-z]+\.)?(?:errors|[a-z]+Errors))\.[a-zA-Z_]+/g)) keys.add(m[1]);
    }
    // the known ones, so that a change of the pattern above cannot make this test pass on nothing
    expect([...keys]).toEqual(expect.arrayContaining(["errors", "reviewErrors", "unitErrors", "rollup.errors"]));
    expect([...keys].filter((ns) => !covered(ns, ACTION_ERROR_NAMESPACES))).toEqual([]);
  });
});

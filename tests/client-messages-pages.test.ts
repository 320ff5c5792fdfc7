// Every page sends the browser the message namespaces its client components read, and no page
// leans on the root layout for them (it sends none). Read off the source: tests/support/client-graph.ts.
import path from "node:path";
import { describe, expect, it } from "vitest";
import zhCore from "@/lib/i18n/messages/core.zh-CN.json";
import { loadMessages } from "@/lib/i18n/load-messages";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import { clientNeedsOf, codeOf, covered, ERROR_KEY, layoutsOf, moduleInfo, pages, providedNamespaces, root } from "./support/client-graph";

// No page spreads a shared list any more: the error catalogues it stood for are translated on the server.
const constants = {};
const rel = (f: string) => path.relative(root, f);

describe("client messages per page", () => {
  const all = pages();

  it("finds the pages and their client modules", () => {
    expect(all.length).toBeGreaterThan(15);
    const editor = all.find((p) => rel(p) === "app/(app)/reports/[reportId]/edit/page.tsx")!;
    const needs = clientNeedsOf(editor).namespaces;
    // the editor's client modules, several imports deep
    expect([...needs]).toEqual(expect.arrayContaining(["editor.metrics", "editor.save", "presence", "errors.generic"]));
    // an action's refusal arrives translated: no whole error catalogue
    expect([...needs].filter((ns) => /(^|\.)errors$|Errors$/.test(ns))).toEqual([]);
    expect(moduleInfo(path.join(root, "components/editor/report-editor.tsx")).client).toBe(true);
    expect(moduleInfo(path.join(root, "components/app-header.tsx")).client).toBe(false);
  });

  it("declares what a client module reads when its namespace is not a literal", () => {
    for (const p of all) expect(clientNeedsOf(p).undeclared, rel(p)).toEqual([]);
  });

  it("declares the error keys the browser produces itself (client-keys)", () => {
    const review = all.find((p) => rel(p) === "app/(app)/reports/[reportId]/page.tsx")!;
    // the known ones, so that a change of the key pattern cannot make this pass on nothing
    expect(moduleInfo(path.join(root, "components/review/decision-panel.tsx")).errorKeys).toEqual(["reviewErrors.reasonRequired"]);
    expect([...clientNeedsOf(review).namespaces]).toEqual(expect.arrayContaining(["reviewErrors.reasonRequired", "errors.generic"]));
    for (const p of all) expect(clientNeedsOf(p).undeclaredKeys, rel(p)).toEqual([]);
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
  // The server translates every refusal (lib/actions/action-refusal.ts): a key missing from a catalogue
  // would show "errors.generic" instead of the reason.
  it("every error key the domain returns is in both catalogues", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = path.join(dir, n);
        return statSync(p).isDirectory() ? (n === "generated" ? [] : files(p)) : /\.tsx?$/.test(n) && !n.endsWith(".test.ts") ? [p] : [];
      });
    const keys = new Set<string>();
    for (const f of files(path.join(root, "lib"))) {
      // code only: comments name example keys
      const code = codeOf(readFileSync(f, "utf8"));
      // dotted keys as written, and the bare codes that mean "errors.<code>" (lib/actions/action-client.ts
      // messageKey): a DomainError's, a zod message's, the action client's own
      for (const m of code.matchAll(ERROR_KEY)) keys.add(m[1]);
      for (const m of code.matchAll(/(?:new DomainError\(|super\(|messageKey\(|message: )"([a-zA-Z.]+)"/g)) keys.add(m[1].includes(".") ? m[1] : `errors.${m[1]}`);
    }
    // the known ones, so that a change of the patterns above cannot make this test pass on nothing
    expect([...keys]).toEqual(
      expect.arrayContaining(["errors.signedOut", "errors.reportLocked", "errors.headingTooLong", "reviewErrors.staleDecision", "unitErrors.codeTaken", "rollup.errors.staleSource", "templates.errors.nameRequired"]),
    );
    const has = (messages: unknown, key: string) => typeof key.split(".").reduce<unknown>((m, k) => (m && typeof m === "object" ? (m as Record<string, unknown>)[k] : undefined), messages) === "string";
    for (const locale of ["zh-CN", "en"] as const) {
      const messages = await loadMessages(locale);
      expect([...keys].filter((k) => !has(messages, k)), locale).toEqual([]);
    }
  });
});

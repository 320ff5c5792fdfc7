import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { AUDIT_ACTIONS, auditActionKey, auditEventValues } from "./audit-actions";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === "generated" || name === "node_modules" || name.startsWith(".")) return [];
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

/** The action names the code writes: literals on an audit call's line, and `action: "…"` fields. */
function writtenActions(): Set<string> {
  const found = new Set<string>();
  for (const file of ["lib", "app", "prisma"].flatMap((d) => sourceFiles(path.join(root, d)))) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (/\b(audit|auditChange|draftChange)\(tx, ctx, /.test(line)) for (const m of line.matchAll(/"([a-z_]+\.[a-zA-Z_]+)"/g)) found.add(m[1]);
      for (const m of line.matchAll(/\baction: "([a-z_]+\.[a-zA-Z_]+)"/g)) found.add(m[1]);
    }
  }
  return found;
}

function lookup(messages: Record<string, unknown>, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), messages);
}

describe("audit actions", () => {
  it("lists every action the code records", () => {
    const written = [...writtenActions()];
    expect(written.length).toBeGreaterThan(20);
    expect(written.filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
  });

  for (const locale of ["zh-CN", "en"]) {
    it(`names every action in ${locale}`, () => {
      const messages = JSON.parse(readFileSync(path.join(root, `lib/i18n/messages/review.${locale}.json`), "utf8"));
      const missing = AUDIT_ACTIONS.filter((a) => typeof lookup(messages, auditActionKey(a)) !== "string");
      expect(missing).toEqual([]);
    });
  }

  it("words an export's format", () => {
    expect(auditEventValues({ action: "report.export", data: { format: "docx" } }).format).toBe("Word");
    expect(auditEventValues({ action: "report.export", data: { format: "md" } }).format).toBe("Markdown");
    expect(auditEventValues({ action: "report.export", data: { format: "pdf" } }).format).toBe("PDF");
    expect(auditEventValues({ action: "report.approve", data: {} }).format).toBe("");
  });
});

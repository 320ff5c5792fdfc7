import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { MESSAGE_AREAS } from "./load-messages";
import { LOCALES } from "./config";

const dir = path.join(__dirname, "messages");
const load = (area: string, locale: string) => JSON.parse(readFileSync(path.join(dir, `${area}.${locale}.json`), "utf8"));

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === "string" ? [v] : values(v)));

describe("messages", () => {
  it("has a file for every area and locale, and no stray files", () => {
    const expected = MESSAGE_AREAS.flatMap((a) => LOCALES.map((l) => `${a}.${l}.json`)).sort();
    expect(readdirSync(dir).sort()).toEqual(expected);
  });

  for (const area of MESSAGE_AREAS) {
    it(`${area}: same keys in every language, no empty strings`, () => {
      const zh = load(area, "zh-CN");
      const en = load(area, "en");
      expect(keys(en).sort()).toEqual(keys(zh).sort());
      for (const v of [...values(zh), ...values(en)]) expect(v.trim()).not.toBe("");
    });
  }

  it("no two areas define the same top-level namespace", () => {
    const seen = new Map<string, string>();
    for (const area of MESSAGE_AREAS) {
      for (const ns of Object.keys(load(area, "zh-CN"))) {
        expect(seen.get(ns), `${ns} in ${area}`).toBeUndefined();
        seen.set(ns, area);
      }
    }
  });
});

describe("typed message keys", () => {
  it("app-config.d.ts types every area of MESSAGE_AREAS, so no catalogue escapes the key check", () => {
    const decl = readFileSync(path.join(__dirname, "app-config.d.ts"), "utf8");
    for (const area of MESSAGE_AREAS) expect(decl).toContain(`./messages/${area}.zh-CN.json`);
  });

  it("keyText gives the text of a run-time key, or the fallback's text, never the raw key", async () => {
    const { keyText } = await import("./key-text");
    const catalogue: Record<string, string> = { "errors.generic": "出错了", "errors.x": "X 错了 {n}" };
    const t = Object.assign((k: string, v?: Record<string, string | number>) => catalogue[k]!.replace("{n}", String(v?.n ?? "")), { has: (k: string) => k in catalogue });
    expect(keyText(t, "errors.x", { n: 3 })).toBe("X 错了 3");
    expect(keyText(t, "errors.missing")).toBe("出错了");
    expect(keyText(t, "action.report.unknown", undefined, "report.unknown")).toBe("report.unknown");
  });
});

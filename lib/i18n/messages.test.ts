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

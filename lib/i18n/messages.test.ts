import { describe, expect, it } from "vitest";
import zh from "./messages/zh-CN.json";
import en from "./messages/en.json";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("messages", () => {
  it("has the same keys in every language", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
  it("has no empty strings", () => {
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === "string" ? [v] : values(v)));
    for (const v of [...values(zh), ...values(en)]) expect(v.trim()).not.toBe("");
  });
});

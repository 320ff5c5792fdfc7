import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMetrics } from "@/lib/reports/text";
import { findRepeatedUnits, stripRepeatedUnits } from "./repeated-unit";

const metrics = {
  volunteers: { unit: "人" },
  visitors: { unit: "万人次" },
  growth: { unit: "%" },
  teams: { unit: "支" },
  ratio: { unit: "" },
};

describe("findRepeatedUnits", () => {
  it("finds the unit typed right after a token", () => {
    const text = "注册志愿者达到{{m:volunteers}}人，较上年增长{{m:growth}}%。";
    const first = text.indexOf("}}人") + 2;
    const second = text.indexOf("}}%") + 2;
    expect(findRepeatedUnits(text, metrics)).toEqual([
      { index: first, length: 1, key: "volunteers" },
      { index: second, length: 1, key: "growth" },
    ]);
  });

  it("matches a multi-character unit whole", () => {
    expect(findRepeatedUnits("接待群众{{m:visitors}}万人次", metrics)).toEqual([
      { index: 18, length: 3, key: "visitors" },
    ]);
    // Only part of the unit is not a repetition.
    expect(findRepeatedUnits("接待群众{{m:visitors}}万人", metrics)).toEqual([]);
  });

  it("is a plain prefix test", () => {
    // 支队 is another word, but the chip already printed 支 before it.
    expect(findRepeatedUnits("{{m:teams}}支队伍", metrics)).toEqual([{ index: 11, length: 1, key: "teams" }]);
  });

  it("covers a unit typed more than once", () => {
    expect(findRepeatedUnits("{{m:volunteers}}人人，", metrics)).toEqual([{ index: 16, length: 2, key: "volunteers" }]);
  });

  it("ignores units elsewhere, unknown keys and metrics without a unit", () => {
    expect(findRepeatedUnits("{{m:volunteers}}，人", metrics)).toEqual([]);
    expect(findRepeatedUnits("人{{m:volunteers}}", metrics)).toEqual([]);
    expect(findRepeatedUnits("{{m:nobody}}人", metrics)).toEqual([]);
    expect(findRepeatedUnits("{{m:ratio}}人", metrics)).toEqual([]);
    expect(findRepeatedUnits("{{m:constructor}}function", metrics)).toEqual([]);
    expect(findRepeatedUnits("", metrics)).toEqual([]);
  });

  it("accepts a Map", () => {
    const map = new Map([["volunteers", { unit: "人" }]]);
    expect(findRepeatedUnits("{{m:volunteers}}人", map)).toEqual([{ index: 16, length: 1, key: "volunteers" }]);
    expect(findRepeatedUnits("{{m:growth}}%", map)).toEqual([]);
  });

  it("checks each token against its own unit", () => {
    expect(findRepeatedUnits("{{m:volunteers}}{{m:growth}}%人", metrics)).toEqual([
      { index: 28, length: 1, key: "growth" },
    ]);
  });
});

describe("stripRepeatedUnits", () => {
  it("removes what findRepeatedUnits reports, and nothing else", () => {
    expect(stripRepeatedUnits("达到{{m:volunteers}}人，增长{{m:growth}}%，人", metrics)).toBe(
      "达到{{m:volunteers}}，增长{{m:growth}}，人",
    );
    expect(stripRepeatedUnits("{{m:volunteers}}人人", metrics)).toBe("{{m:volunteers}}");
    expect(stripRepeatedUnits("没有指标", metrics)).toBe("没有指标");
  });

  it("makes the printed text read each unit once", () => {
    const values = new Map([
      ["volunteers", { value: 1860, unit: "人" }],
      ["visitors", { value: 6.8, unit: "万人次" }],
    ]);
    const text = "注册志愿者{{m:volunteers}}人，接待群众{{m:visitors}}万人次。";
    expect(renderMetrics(stripRepeatedUnits(text, metrics), values)).toBe("注册志愿者1860人，接待群众6.8万人次。");
  });

  const piece = fc.constantFrom(
    "{{m:volunteers}}", "{{m:visitors}}", "{{m:growth}}", "{{m:teams}}", "{{m:ratio}}", "{{m:other}}",
    "人", "万人次", "万人", "%", "支", "队", "，", "开展", "{{m:", "}}", "{", "}",
  );
  const texts = fc.array(piece, { maxLength: 25 }).map((p) => p.join(""));

  it("is idempotent and leaves nothing to find (property)", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = stripRepeatedUnits(text, metrics);
        expect(stripRepeatedUnits(once, metrics)).toBe(once);
        expect(findRepeatedUnits(once, metrics)).toEqual([]);
      }),
    );
  });

  it("only ever deletes the reported ranges (property)", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found = findRepeatedUnits(text, metrics);
        const removed = found.reduce((n, f) => n + f.length, 0);
        expect(stripRepeatedUnits(text, metrics)).toHaveLength(text.length - removed);
        for (const f of found) expect(text.slice(f.index, f.index + f.length)).toBe(metrics[f.key as keyof typeof metrics].unit.repeat(f.length / metrics[f.key as keyof typeof metrics].unit.length));
      }),
    );
  });
});

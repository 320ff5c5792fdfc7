import { describe, expect, it } from "vitest";
import { findFigureOffers, mergeWithPrevious, planImport, planTemplateImport, restoreBlock, splitBlock } from "./import-plan";
import type { ImportBlock } from "@/lib/reports/text/import-blocks";

const blocks: ImportBlock[] = [
  { kind: "REMOVED", text: "更多范文请加QQ 12345678", reason: "contact" },
  { kind: "TITLE", text: "2025年东湖社区工作总结" },
  { kind: "OPENING", text: "2025年，东湖社区在街道党工委领导下扎实推进各项工作。" },
  { kind: "ACHIEVEMENT", text: "抓实理论宣讲。全年开展宣讲86场，覆盖居民5200余人次，投资85万元。" },
  { kind: "ACHIEVEMENT", text: "丰富文化活动。举办文艺演出X场，于X月X日召开表彰会。" },
  { kind: "PROBLEMS_TITLE", text: "存在问题：" },
  { kind: "PROBLEM", text: "阵地利用率不高。部分设施闲置。" },
  { kind: "PLAN_TITLE", text: "2026年工作计划" },
  { kind: "PLAN", text: "持续开展理论宣讲。" },
  { kind: "SIGNATURE", text: "2025年12月20日" },
];

describe("findFigureOffers", () => {
  it("offers each literal figure with label and unit, leaving years and approximate figures unbound", () => {
    const offers = findFigureOffers(blocks);
    const byMatch = Object.fromEntries(offers.map((o) => [o.match, o]));
    expect(byMatch["86场"]).toMatchObject({ value: 86, unit: "场", approximate: false });
    expect(byMatch["85万元"]).toMatchObject({ value: 85, unit: "万元" });
    expect(byMatch["5200"]).toMatchObject({ approximate: true });
    expect(offers.some((o) => o.match.startsWith("2025"))).toBe(false);
    // nothing from the removed ad line
    expect(offers.some((o) => o.block === 0)).toBe(false);
  });
});

describe("planImport", () => {
  it("builds sections, plan items, part titles and the register from the corrected blocks", () => {
    const accepted = new Set(findFigureOffers(blocks).map((o) => o.id));
    const plan = planImport(blocks, accepted, [{ key: "shows", label: "文艺演出", unit: "场" }, { key: "unused", label: "志愿者", unit: "人" }]);
    expect(plan.title).toBe("2025年东湖社区工作总结");
    expect(plan.problemsTitle).toBe("存在问题");
    expect(plan.planTitle).toBe("2026年工作计划");
    expect(plan.documentDate).toEqual({ year: 2025, month: 12, day: 20 });
    expect(plan.sections.map((s) => s.kind)).toEqual(["OPENING", "ACHIEVEMENT", "ACHIEVEMENT", "PROBLEM"]);
    const first = plan.sections[1];
    expect(first.heading).toBe("抓实理论宣讲。");
    expect(first.body).toMatch(/^全年开展宣讲\{\{m:fig_\d+\}\}，覆盖居民5200余人次，投资\{\{m:fig_\d+\}\}。$/);
    // the template figure is bound in place, empty; the unused one is not carried in
    expect(plan.sections[2].body).toBe("举办文艺演出{{m:shows}}，于X月X日召开表彰会。");
    expect(plan.metrics.find((m) => m.key === "shows")).toMatchObject({ value: null });
    expect(plan.metrics.some((m) => m.key === "unused")).toBe(false);
    expect(plan.metrics.filter((m) => m.value !== null).map((m) => [m.value, m.unit])).toEqual([[86, "场"], [85, "万元"]]);
    expect(plan.planItems).toEqual(["持续开展理论宣讲。"]);
  });

  it("keeps literal figures as typed when they are not accepted, and names its own empty figures for unknown blanks", () => {
    const plan = planImport(blocks, new Set(), []);
    expect(plan.sections[1].body).toContain("开展宣讲86场");
    expect(plan.sections[2].body).toMatch(/^举办文艺演出\{\{m:fig_1\}\}/);
    expect(plan.metrics).toEqual([{ key: "fig_1", label: "举办文艺演出", unit: "场", value: null }]);
  });
});

describe("preview edits", () => {
  it("splits at the caret, merges back, and restores a removed line into the content before it", () => {
    const split = splitBlock(blocks, 3, "抓实理论宣讲。".length);
    expect(split[3].text).toBe("抓实理论宣讲。");
    expect(split[4]).toMatchObject({ kind: "ACHIEVEMENT", text: expect.stringMatching(/^全年开展宣讲/) });
    expect(mergeWithPrevious(split, 4)[3].text).toBe(`抓实理论宣讲。\n${split[4].text}`);
    expect(splitBlock(blocks, 3, 0)).toEqual(blocks);
    expect(restoreBlock(blocks, 0)[0]).toEqual({ kind: "OPENING", text: blocks[0].text });
  });
});

describe("planTemplateImport", () => {
  it("keeps blanks, turns accepted figures into blanks, and makes a figure of every figure blank", () => {
    const accepted = new Set(findFigureOffers(blocks).filter((o) => o.match === "86场").map((o) => o.id));
    const plan = planTemplateImport(blocks, accepted);
    expect(plan.titlePattern).toBe("{year}年东湖社区工作总结");
    expect(plan.name).toBe("东湖社区工作总结");
    expect(plan.sections.map((s) => s.kind)).toEqual(["OPENING", "ACHIEVEMENT", "ACHIEVEMENT", "PROBLEM", "PLAN"]);
    expect(plan.sections[1].body).toBe("全年开展宣讲X场，覆盖居民5200余人次，投资85万元。");
    expect(plan.metrics).toEqual([
      { key: "fig_1", label: "开展宣讲", unit: "场" },
      { key: "fig_2", label: "举办文艺演出", unit: "场" },
    ]);
    expect(plan.sections[4]).toEqual({ kind: "PLAN", heading: "持续开展理论宣讲。", body: "" });
  });
});

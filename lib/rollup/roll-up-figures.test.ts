import { describe, expect, it } from "vitest";
import { rollUp, type ReportedFigure, type RollupUnit } from "./roll-up-figures";
import { ruleOf, type FigureDefinition } from "./figure-rule";

const DEFS: FigureDefinition[] = [
  { key: "lectures", label: "开展宣讲", unit: "场" },
  { key: "volunteers", label: "注册志愿者", unit: "人" },
  { key: "residents", label: "常住人口", unit: "人" },
  { key: "volunteer_rate", label: "志愿者占比", unit: "%", aggregation: "RATIO", numeratorKey: "volunteers", denominatorKey: "residents" },
  { key: "volunteer_growth", label: "注册志愿者增长率", unit: "%", aggregation: "GROWTH", numeratorKey: "volunteers" },
  { key: "satisfaction", label: "满意度", unit: "%" },
  { key: "rank", label: "考核名次", unit: "名", aggregation: "NONE" },
];

const fig = (value: number | null, previousValue: number | null = null, unit = ""): ReportedFigure => ({ label: "", unit, value, previousValue });

function leaf(id: string, figures: Record<string, number | null | [number | null, number | null]> | null, owes = true, unitOverride: Record<string, string> = {}): RollupUnit {
  return {
    unitId: id,
    unitName: id,
    owes,
    report:
      figures === null
        ? null
        : {
            id: `r-${id}`,
            status: "APPROVED",
            versionNumber: 2,
            figures: Object.fromEntries(
              Object.entries(figures).map(([k, v]) => {
                const def = DEFS.find((d) => d.key === k);
                const [value, prev] = Array.isArray(v) ? v : [v, null];
                return [k, { ...fig(value, prev, unitOverride[k] ?? def?.unit ?? ""), label: def?.label ?? k }];
              }),
            ),
          },
    children: [],
  };
}
const parent = (id: string, children: RollupUnit[], owes = true): RollupUnit => ({ unitId: id, unitName: id, owes, report: null, children });
const figure = (r: ReturnType<typeof rollUp>, key: string) => r.figures.find((f) => f.key === key)!;

describe("ruleOf", () => {
  it("sums by default, averages a percentage without a rule", () => {
    expect(ruleOf({ key: "a", label: "", unit: "场" })).toEqual({ kind: "SUM" });
    expect(ruleOf({ key: "a", label: "", unit: "%" })).toEqual({ kind: "MEAN" });
    expect(ruleOf({ key: "a", label: "", unit: "％", aggregation: null })).toEqual({ kind: "MEAN" });
  });
  it("reads RATIO (× 100 for a percentage) and GROWTH; a broken ratio falls back to the default", () => {
    expect(ruleOf(DEFS[3])).toEqual({ kind: "RATIO", numeratorKey: "volunteers", denominatorKey: "residents", factor: 100 });
    expect(ruleOf({ key: "per", label: "", unit: "人/场", aggregation: "RATIO", numeratorKey: "a", denominatorKey: "b" })).toMatchObject({ factor: 1 });
    expect(ruleOf({ key: "g", label: "", unit: "%", aggregation: "GROWTH", numeratorKey: "volunteers" })).toEqual({ kind: "GROWTH", baseKey: "volunteers" });
    expect(ruleOf({ key: "r", label: "", unit: "%", aggregation: "RATIO", numeratorKey: "r", denominatorKey: "b" })).toEqual({ kind: "MEAN" });
    expect(ruleOf({ key: "r", label: "", unit: "次", aggregation: "RATIO", numeratorKey: "a" })).toEqual({ kind: "SUM" });
  });
});

describe("rollUp", () => {
  const jd = parent("街道", [
    leaf("东湖", { lectures: 30, volunteers: [400, 320], residents: 8000, satisfaction: 90, rank: 2 }),
    leaf("西山", { lectures: 25, volunteers: [100, 100], residents: 2000, satisfaction: 80, rank: 1 }),
    leaf("南苑", { lectures: 31.5, volunteers: [500, 380], residents: 10000, satisfaction: 97, rank: 3 }),
  ]);

  it("sums counts by code, with each unit's part beside the total", () => {
    const f = figure(rollUp(jd, DEFS), "lectures");
    expect(f.value).toBe(86.5);
    expect(f.breakdown.map((b) => [b.unitName, b.state, b.value])).toEqual([
      ["东湖", "VALUE", 30],
      ["西山", "VALUE", 25],
      ["南苑", "VALUE", 31.5],
    ]);
    expect(f).toMatchObject({ counted: 3, expected: 3, complete: true });
    expect(figure(rollUp(jd, DEFS), "volunteers")).toMatchObject({ value: 1000, previousValue: 800 });
  });

  it("averages a percentage without a rule; recomputes a ratio and a growth from their source figures", () => {
    const r = rollUp(jd, DEFS);
    expect(figure(r, "satisfaction").value).toBe(89);
    // (400 + 100 + 500) / (8000 + 2000 + 10000) = 5%
    expect(figure(r, "volunteer_rate").value).toBe(5);
    // 10 / 40 = 25%, not the mean of 10% and 30%
    const skewed = rollUp(parent("p", [leaf("a", { volunteers: 1, residents: 10, volunteer_rate: 10 }), leaf("b", { volunteers: 9, residents: 30, volunteer_rate: 30 })]), DEFS);
    expect(figure(skewed, "volunteer_rate").value).toBe(25);
    expect(figure(skewed, "volunteer_rate").breakdown.map((b) => b.value)).toEqual([10, 30]);
    // 1000 / 800 − 1 = 25 %
    expect(figure(r, "volunteer_growth").value).toBe(25);
    expect(figure(r, "volunteer_growth").counted).toBe(3);
  });

  it("does not combine a NONE figure but still shows the breakdown", () => {
    const f = figure(rollUp(jd, DEFS), "rank");
    expect(f.value).toBeNull();
    expect(f.breakdown.map((b) => b.value)).toEqual([2, 1, 3]);
  });

  it("shows units with no report, not owing one, or without the figure as such, never as zeros", () => {
    const p = parent("街道", [
      leaf("东湖", { lectures: 30, satisfaction: 90 }),
      leaf("西山", null),
      leaf("南苑", { lectures: 40 }, false),
      leaf("北湖", { lectures: null }),
    ]);
    const r = rollUp(p, DEFS);
    const f = figure(r, "lectures");
    expect(f.value).toBe(30);
    expect(f.breakdown.map((b) => b.state)).toEqual(["VALUE", "NO_REPORT", "NOT_OWING", "NO_VALUE"]);
    expect(f.breakdown.filter((b) => b.state !== "VALUE").every((b) => b.value === null)).toBe(true);
    expect(f).toMatchObject({ counted: 1, expected: 3, complete: false });
    // the mean is over the units that gave a value: 90, not (90 + 0 + 0) / 3
    expect(figure(r, "satisfaction").value).toBe(90);
    expect(figure(rollUp(parent("p", [leaf("a", null)]), DEFS), "lectures")).toMatchObject({ value: null, counted: 0, expected: 1 });
  });

  it("leaves a figure stated in another unit out of the total", () => {
    const f = figure(rollUp(parent("p", [leaf("a", { lectures: 3 }), leaf("b", { lectures: 5 }, true, { lectures: "次" })]), DEFS), "lectures");
    expect(f.value).toBe(3);
    expect(f.breakdown[1]).toMatchObject({ state: "OTHER_UNIT", reportedUnit: "次", value: null });
  });

  it("a ratio counts only the units that state both parts", () => {
    const r = rollUp(parent("p", [leaf("a", { volunteers: 10, residents: 100 }), leaf("b", { volunteers: 50 })]), DEFS);
    expect(figure(r, "volunteer_rate")).toMatchObject({ value: 10, counted: 1, expected: 2, complete: false });
  });

  it("rolls up several levels: a grandparent combines its children's roll-ups", () => {
    const qu = parent("区", [
      jd,
      parent("红旗街道", [leaf("红一", { lectures: 10, volunteers: [100, 50], residents: 1000 }), leaf("红二", null)]),
      leaf("区直机关", { lectures: 4 }),
      parent("空街道", [leaf("不报送", { lectures: 99 }, false)], false),
    ]);
    const r = rollUp(qu, DEFS);
    const f = figure(r, "lectures");
    expect(f.value).toBe(86.5 + 10 + 4);
    expect(f.breakdown.map((b) => [b.unitName, b.state, b.via, b.value])).toEqual([
      ["街道", "VALUE", "rollup", 86.5],
      ["红旗街道", "VALUE", "rollup", 10],
      ["区直机关", "VALUE", "report", 4],
      ["空街道", "NOT_OWING", null, null],
    ]);
    // The ratio is recomputed at every level from the summed parts: 1100 / 21000
    expect(figure(r, "volunteer_rate").value).toBeCloseTo((1100 / 21000) * 100, 5);
    expect(figure(r, "volunteer_growth").value).toBeCloseTo((1100 / 850 - 1) * 100, 5);
    // each child keeps its own roll-up for the view
    const hq = r.children.find((c) => c.unitName === "红旗街道")!.rollup!;
    expect(figure(hq, "lectures")).toMatchObject({ value: 10, counted: 1, expected: 2 });
    expect(r.children.find((c) => c.unitName === "区直机关")!.rollup).toBeNull();
  });

  it("compares a sub-parent's own reported figure with its roll-up", () => {
    const jdWithReport: RollupUnit = { ...jd, report: { id: "r-jd", status: "APPROVED", versionNumber: 1, figures: { lectures: { label: "开展宣讲", unit: "场", value: 80, previousValue: null } } } };
    const f = figure(rollUp(parent("区", [jdWithReport]), DEFS), "lectures");
    expect(f.breakdown[0]).toMatchObject({ via: "rollup", value: 86.5, reportedValue: 80 });
  });

  it("keeps figures that only reports define, after the definitions, and avoids float drift", () => {
    const p = parent("p", [leaf("a", { extra: 0.1 }), leaf("b", { extra: 0.2 })]);
    const r = rollUp(p, DEFS);
    expect(r.figures.map((f) => f.key)).toEqual([...DEFS.map((d) => d.key), "extra"]);
    expect(figure(r, "extra").value).toBe(0.3);
  });
});

import { describe, expect, it } from "vitest";
import { roundFigureDefinitions } from "./figure-definitions";
import type { SnapshotMetric } from "./template-snapshot";

const fig = (key: string, over: Partial<SnapshotMetric> = {}): SnapshotMetric => ({ key, label: key, unit: "次", aggregation: null, numeratorKey: null, denominatorKey: null, ...over });

describe("round figure definitions", () => {
  const current = [fig("a", { aggregation: "NONE" }), fig("c", { label: "C 新名" })];

  it("no version known (rows written outside the app): the current figures", () => {
    expect(roundFigureDefinitions(current, [], false).map((d) => d.key)).toEqual(["a", "c"]);
  });

  it("only the figures of the versions the round's reports use, in the newest order, older ones after", () => {
    const v1 = [fig("a"), fig("b", { aggregation: "MEAN" })];
    const defs = roundFigureDefinitions(current, [v1], false);
    expect(defs.map((d) => d.key)).toEqual(["a", "b"]);
    // The current rule wins for a figure the newest version still has; a dropped one keeps its own.
    expect(defs.find((d) => d.key === "a")?.aggregation).toBe("NONE");
    expect(defs.find((d) => d.key === "b")?.aggregation).toBe("MEAN");
  });

  it("reports on two versions: every figure of either; current wording", () => {
    const v2 = [fig("a"), fig("c")];
    const v1 = [fig("b"), fig("a")];
    const defs = roundFigureDefinitions(current, [v2, v1], false);
    expect(defs.map((d) => d.key)).toEqual(["a", "c", "b"]);
    expect(defs.find((d) => d.key === "c")?.label).toBe("C 新名");
  });

  it("a report outside the versioned path brings the current figures in too", () => {
    expect(roundFigureDefinitions(current, [[fig("b")]], true).map((d) => d.key)).toEqual(["a", "c", "b"]);
  });
});

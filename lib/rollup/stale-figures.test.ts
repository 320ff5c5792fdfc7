import { describe, expect, it } from "vitest";
import type { Contribution } from "./roll-up-figures";
import { staleChanges, type CurrentReport, type TakenSource } from "./stale-figures";

const taken: TakenSource[] = [
  { unitId: "a", unitName: "一社区", reportId: "ra", versionId: "va1", versionNumber: 1, approved: true, value: 30 },
  { unitId: "b", unitName: "二社区", reportId: "rb", versionId: "vb1", versionNumber: 1, approved: true, value: 25 },
];
const part = (unitId: string, value: number | null): Contribution => ({ unitId, unitName: unitId === "a" ? "一社区" : unitId === "b" ? "二社区" : "三社区", state: value === null ? "NO_REPORT" : "VALUE", value, previousValue: null, via: "report", reportedValue: null });
const approved = (v: string): CurrentReport => ({ status: "APPROVED", approvedVersionId: v, sourceVersionId: v });

describe("staleChanges", () => {
  it("is empty while every unit's approved version and value are the ones taken", () => {
    expect(staleChanges(taken, new Map([["a", approved("va1")], ["b", approved("vb1")]]), [part("a", 30), part("b", 25)])).toEqual([]);
  });

  it("flags a reopened report, with the value its draft has now", () => {
    const current = new Map([["a", { status: "DRAFT" as const, approvedVersionId: null, sourceVersionId: "va2" }], ["b", approved("vb1")]]);
    expect(staleChanges(taken, current, [part("a", 36), part("b", 25)])).toEqual([{ unitId: "a", unitName: "一社区", old: 30, new: 36, why: "REOPENED" }]);
    // reopened but not (yet) changed: still stale, same value
    expect(staleChanges(taken, current, [part("a", 30), part("b", 25)])[0]).toMatchObject({ why: "REOPENED", old: 30, new: 30 });
  });

  it("flags a report approved again as a new version", () => {
    const current = new Map([["a", approved("va3")], ["b", approved("vb1")]]);
    expect(staleChanges(taken, current, [part("a", 36), part("b", 25)])).toEqual([{ unitId: "a", unitName: "一社区", old: 30, new: 36, why: "NEW_VERSION" }]);
  });

  it("flags a taken figure read from a not-yet-approved version once a newer version exists", () => {
    const t: TakenSource[] = [{ ...taken[0], approved: false }];
    expect(staleChanges(t, new Map([["a", { status: "IN_REVIEW" as const, approvedVersionId: null, sourceVersionId: "va2" }]]), [part("a", 30)])[0].why).toBe("NEW_VERSION");
  });

  it("flags a unit that reported after the figure was taken, and a changed value of a roll-up part", () => {
    const current = new Map([["a", approved("va1")], ["b", approved("vb1")]]);
    expect(staleChanges(taken, current, [part("a", 30), part("b", 25), part("c", 31)])).toEqual([{ unitId: "c", unitName: "三社区", old: null, new: 31, why: "NEW_VERSION" }]);
    const fromRollup: TakenSource[] = [{ unitId: "a", unitName: "一社区", reportId: null, versionId: null, versionNumber: null, approved: false, value: 30 }];
    expect(staleChanges(fromRollup, new Map(), [part("a", 40)])).toEqual([{ unitId: "a", unitName: "一社区", old: 30, new: 40, why: "VALUE" }]);
  });
});

import { describe, expect, it } from "vitest";
import { alignLists, diffSnapshots, diffText, parseSnapshot } from "./diff-versions";
import type { ReportSnapshot } from "@/lib/reports/snapshot";

const metric = (key: string, value: number | null) => ({ key, label: key === "lectures" ? "开展宣讲" : "先进典型", value, unit: "场", previousValue: null, target: null });

const base: ReportSnapshot = {
  title: "2025年工作总结",
  sections: [
    { kind: "OPENING", heading: "", body: "今年以来，工作稳步推进。" },
    { kind: "ACHIEVEMENT", heading: "抓实理论宣讲。", body: "全年开展宣讲{{m:lectures}}。" },
    { kind: "ACHIEVEMENT", heading: "深化文明创建。", body: "评出先进典型{{m:models}}。" },
    { kind: "PROBLEM", heading: "宣讲形式单一。", body: "线上互动少。" },
  ],
  metrics: [metric("lectures", 80), metric("models", 30)],
  planItems: [{ text: "创新宣讲方式。" }, { text: "完善志愿制度。" }],
};

const clone = (): ReportSnapshot => JSON.parse(JSON.stringify(base));
const text = (parts: { text: string; op: string }[], op: string) => parts.filter((p) => p.op === op).map((p) => p.text).join("");

describe("character diff", () => {
  it("marks inserted and deleted characters of Chinese text", () => {
    const parts = diffText("全年开展宣讲80场。", "全年共开展宣讲86场。");
    expect(text(parts, "added")).toBe("共6");
    expect(text(parts, "removed")).toBe("0");
    expect(parts.filter((p) => p.op !== "added").map((p) => p.text).join("")).toBe("全年开展宣讲80场。");
    expect(parts.filter((p) => p.op !== "removed").map((p) => p.text).join("")).toBe("全年共开展宣讲86场。");
  });

  it("is empty for two empty strings and whole for equal ones", () => {
    expect(diffText("", "")).toEqual([]);
    expect(diffText("同", "同")).toEqual([{ text: "同", op: "same" }]);
  });
});

describe("aligning lists", () => {
  it("pairs edited items and keeps additions and removals apart", () => {
    const pairs = alignLists(["a", "b", "c"], ["a", "B", "c", "d"], (x, y) => x === y);
    expect(pairs.map((p) => [p.from, p.to])).toEqual([["a", "a"], ["b", "B"], ["c", "c"], [null, "d"]]);
    expect(pairs.map((p) => [p.fromIndex, p.toIndex])).toEqual([[0, 0], [1, 1], [2, 2], [null, 3]]);
  });
});

describe("diff between two versions", () => {
  it("finds nothing between equal versions", () => {
    const d = diffSnapshots(base, clone());
    expect(d.changedCount).toBe(0);
    expect(d.sections.every((s) => s.change === "same")).toBe(true);
    expect(d.metrics).toEqual([]);
  });

  it("shows a changed figure in the text of the sections that print it, and in the figures", () => {
    const next = clone();
    next.metrics[0].value = 86;
    const d = diffSnapshots(base, next);
    const changed = d.sections.filter((s) => s.change === "changed");
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ kind: "ACHIEVEMENT", ordinalFrom: 1, ordinalTo: 1 });
    expect(text(changed[0].body, "removed")).toBe("0");
    expect(text(changed[0].body, "added")).toBe("6");
    expect(d.metrics).toEqual([{ key: "lectures", label: "开展宣讲", unit: "场", from: 80, to: 86, change: "changed" }]);
    expect(d.changedCount).toBe(2);
  });

  it("aligns sections per kind, so an added section does not shift the others", () => {
    const next = clone();
    next.sections.splice(2, 0, { kind: "ACHIEVEMENT", heading: "壮大志愿队伍。", body: "新组建志愿服务队5支。" });
    next.sections[1].body = "全年深入社区开展宣讲{{m:lectures}}。";
    const d = diffSnapshots(base, next);
    const ach = d.sections.filter((s) => s.kind === "ACHIEVEMENT");
    expect(ach.map((s) => [s.change, s.ordinalFrom, s.ordinalTo])).toEqual([
      ["changed", 1, 1],
      ["added", null, 2],
      ["same", 2, 3],
    ]);
    expect(text(ach[0].body, "added")).toBe("深入社区");
    expect(text(ach[1].heading, "added")).toBe("壮大志愿队伍。");
  });

  it("reports removed sections, plan item edits and a changed title", () => {
    const next = clone();
    next.sections = next.sections.filter((s) => s.kind !== "PROBLEM");
    next.planItems[1].text = "健全志愿服务制度。";
    next.title = "2025年度工作总结";
    const d = diffSnapshots(base, next);
    expect(d.sections.find((s) => s.kind === "PROBLEM")).toMatchObject({ change: "removed", ordinalFrom: 1, ordinalTo: null });
    expect(d.plans.map((p) => p.change)).toEqual(["same", "changed"]);
    expect(text(d.title!, "added")).toBe("度");
    expect(d.changedCount).toBe(3);
  });

  it("parses stored snapshots", () => {
    expect(parseSnapshot(JSON.stringify(base))).toEqual({ ...base, planReviews: [] });
    expect(parseSnapshot("{}")).toEqual({ title: "", sections: [], metrics: [], planItems: [], planReviews: [] });
  });

  it("lists last year's plan items with the verdict before and after, and the evidence diff", () => {
    const reviewed = clone();
    reviewed.planReviews = [
      { text: "开展宣讲100场。", verdict: null, evidence: "" },
      { text: "建成书屋3个。", verdict: "DONE", evidence: "已建成。" },
    ];
    const next: ReportSnapshot = JSON.parse(JSON.stringify(reviewed));
    next.planReviews![0] = { text: "开展宣讲100场。", verdict: "PARTLY", evidence: "完成86场。" };
    const d = diffSnapshots(reviewed, next);
    expect(d.planReviews.map((r) => [r.n, r.verdictFrom, r.verdictTo, r.change])).toEqual([
      [1, null, "PARTLY", "changed"],
      [2, "DONE", "DONE", "same"],
    ]);
    expect(text(d.planReviews[0]!.evidence, "added")).toBe("完成86场。");
    expect(d.changedCount).toBe(1);
    // Versions frozen before verdicts were kept read as having none.
    expect(diffSnapshots(base, clone()).planReviews).toEqual([]);
  });
});

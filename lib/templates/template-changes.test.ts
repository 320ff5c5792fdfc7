import { describe, expect, it } from "vitest";
import { sectionName, templateChanges } from "./template-changes";
import { parseSnapshot, serializeSnapshot, snapshotOfRows, type TemplateContent } from "./template-snapshot";

const base: TemplateContent = {
  name: "社区工作总结",
  description: null,
  titlePattern: "{year}年{unit}工作总结",
  sections: [
    { ref: "a", kind: "OPENING", heading: "", body: "今年以来，社区围绕中心工作，扎实推进各项任务。" },
    { ref: "b", kind: "ACHIEVEMENT", heading: "抓实理论宣讲。", body: "开展宣讲{{m:lectures}}场。" },
    { ref: "c", kind: "PROBLEM", heading: "宣讲形式较单一。", body: "" },
  ],
  metrics: [
    { key: "lectures", label: "宣讲场次", unit: "场", aggregation: null, numeratorKey: null, denominatorKey: null },
    { key: "volunteers", label: "志愿者人数", unit: "人", aggregation: null, numeratorKey: null, denominatorKey: null },
  ],
};

describe("template changes", () => {
  it("version 1 says what it was created with", () => {
    expect(templateChanges(null, base)).toEqual([{ kind: "created", sections: 3, figures: 2 }]);
  });

  it("nothing changed is no change", () => {
    expect(templateChanges(base, structuredClone(base))).toEqual([]);
  });

  it("names added, removed and edited sections and figures", () => {
    const after: TemplateContent = {
      ...base,
      sections: [base.sections[0], { ...base.sections[1], body: "开展宣讲{{m:lectures}}场，覆盖群众X人次。" }, { ref: "d", kind: "PLAN", heading: "深化志愿服务。", body: "" }],
      metrics: [{ ...base.metrics[0], unit: "次" }, { key: "hours", label: "服务时长", unit: "小时", aggregation: null, numeratorKey: null, denominatorKey: null }],
    };
    expect(templateChanges(base, after)).toEqual([
      { kind: "sectionChanged", heading: "抓实理论宣讲。" },
      { kind: "sectionAdded", heading: "深化志愿服务。" },
      { kind: "sectionRemoved", heading: "宣讲形式较单一。" },
      { kind: "figureChanged", key: "lectures", label: "宣讲场次" },
      { kind: "figureAdded", key: "hours", label: "服务时长" },
      { kind: "figureRemoved", key: "volunteers", label: "志愿者人数" },
    ]);
  });

  it("tells a reorder from an addition or removal", () => {
    const [a, b, c] = base.sections;
    expect(templateChanges(base, { ...base, sections: [a, c, b] })).toEqual([{ kind: "sectionsReordered" }]);
    // Removing one in the middle moves the others up, but their order is the same: no reorder.
    expect(templateChanges(base, { ...base, sections: [a, c] })).toEqual([{ kind: "sectionRemoved", heading: "抓实理论宣讲。" }]);
    expect(templateChanges(base, { ...base, metrics: [base.metrics[1], base.metrics[0]] })).toEqual([{ kind: "figuresReordered" }]);
  });

  it("a changed key is one figure removed and one added; a changed rule is a change", () => {
    const renamed = { ...base, metrics: [{ ...base.metrics[0], key: "talks" }, base.metrics[1]] };
    expect(templateChanges(base, renamed).map((c) => c.kind)).toEqual(["figureAdded", "figureRemoved"]);
    const ruled = { ...base, metrics: [base.metrics[0], { ...base.metrics[1], aggregation: "NONE" as const }] };
    expect(templateChanges(base, ruled)).toEqual([{ kind: "figureChanged", key: "volunteers", label: "志愿者人数" }]);
  });

  it("reports name, title pattern and description edits", () => {
    expect(templateChanges(base, { ...base, name: "社区年度总结", titlePattern: "{year}年度{unit}总结", description: "新的说明" })).toEqual([
      { kind: "name", from: "社区工作总结", to: "社区年度总结" },
      { kind: "description" },
      { kind: "titlePattern", from: "{year}年{unit}工作总结", to: "{year}年度{unit}总结" },
    ]);
    expect(templateChanges({ ...base, description: "" }, base)).toEqual([]);
  });

  it("a section with no heading goes by the start of its text, figures shown as X", () => {
    expect(sectionName(base.sections[0])).toBe("今年以来，社区围绕中心工作，扎实推进各项任务。");
    expect(sectionName({ heading: "", body: "开展宣讲{{m:lectures}}场，" + "很".repeat(30) })).toBe(`开展宣讲X场，${"很".repeat(17)}…`);
  });
});

describe("template snapshot", () => {
  it("round-trips through JSON and orders rows by position", () => {
    const snap = snapshotOfRows({
      sections: [
        { id: "y", kind: "PLAN", heading: "计划", body: "", position: 1 },
        { id: "x", kind: "OPENING", heading: "", body: "开头", position: 0 },
      ],
      metrics: [{ key: "k", label: "L", unit: "", aggregation: null, numeratorKey: null, denominatorKey: null, position: 0 }],
    });
    expect(snap.sections.map((s) => s.ref)).toEqual(["x", "y"]);
    expect(parseSnapshot(serializeSnapshot(snap))).toEqual(snap);
  });

  it("reads the shape the migration's backfill writes (rules absent or null)", () => {
    const json = '{"sections":[{"ref":"s","kind":"ACHIEVEMENT","heading":"h","body":"b"}],"metrics":[{"key":"k","label":"L","unit":"次","aggregation":null}]}';
    expect(parseSnapshot(json).metrics[0]).toEqual({ key: "k", label: "L", unit: "次", aggregation: null, numeratorKey: null, denominatorKey: null });
  });
});

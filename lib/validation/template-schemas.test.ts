import { describe, expect, it } from "vitest";
import { issuePlace, ZSaveTemplateSchema, ZTemplateDraftSchema, type ZTemplateDraftInput } from "./template-schemas";

const draft = (over: Partial<ZTemplateDraftInput> = {}): ZTemplateDraftInput => ({
  name: "社区工作总结",
  description: "",
  titlePattern: "{year}年{unit}工作总结",
  sections: [
    { ref: "", kind: "OPENING", heading: "", body: "今年以来，社区围绕中心工作……" },
    { ref: "s1", kind: "ACHIEVEMENT", heading: "抓实理论宣讲。", body: "开展宣讲X场。" },
  ],
  metrics: [
    { key: "lectures", label: "宣讲场次", unit: "场", aggregation: "", numeratorKey: "", denominatorKey: "" },
    { key: "volunteers", label: "志愿者", unit: "人", aggregation: "SUM", numeratorKey: "", denominatorKey: "" },
  ],
  ...over,
});

/** The (message, path) of every issue, for comparing. */
function issues(input: unknown) {
  const r = ZTemplateDraftSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [i.message, i.path.join(".")]);
}

describe("template draft schema", () => {
  it("accepts a good draft and trims its text", () => {
    const r = ZTemplateDraftSchema.parse(draft({ name: "  社区工作总结 " }));
    expect(r.name).toBe("社区工作总结");
    expect(r.sections).toHaveLength(2);
  });

  it("needs a name, a title pattern with {year} and only known placeholders", () => {
    expect(issues(draft({ name: " " }))).toEqual([["templates.errors.nameRequired", "name"]]);
    expect(issues(draft({ titlePattern: "年度工作总结" }))).toEqual([["templates.errors.titleNeedsYear", "titlePattern"]]);
    expect(issues(draft({ titlePattern: "{year}年{department}工作总结" }))).toEqual([["templates.errors.titlePlaceholder", "titlePattern"]]);
    expect(issues(draft({ name: "x".repeat(61) }))).toEqual([["templates.errors.nameTooLong", "name"]]);
  });

  it("needs at least one section, a heading for a numbered one and text for an opening", () => {
    expect(issues(draft({ sections: [] }))).toEqual([["templates.errors.sectionsRequired", "sections"]]);
    expect(issues(draft({ sections: [{ ref: "", kind: "ACHIEVEMENT", heading: "  ", body: "正文" }] }))).toEqual([["templates.errors.headingRequired", "sections.0.heading"]]);
    expect(issues(draft({ sections: [{ ref: "", kind: "OPENING", heading: "", body: " " }] }))).toEqual([["templates.errors.bodyRequired", "sections.0.body"]]);
    expect(issues(draft({ sections: [{ ref: "", kind: "BOGUS" as "PLAN", heading: "x", body: "" }] }))).toEqual([["invalidInput", "sections.0.kind"]]);
  });

  it("refuses keys that repeat or use other characters, and says which figure", () => {
    const m = draft().metrics;
    expect(issues(draft({ metrics: [m[0], { ...m[1], key: "lectures" }] }))).toEqual([["templates.errors.keyDuplicate", "metrics.1.key"]]);
    for (const key of ["Lectures", "1st", "宣讲", "a-b", "", "a".repeat(41)]) {
      expect(issues(draft({ metrics: [{ ...m[0], key }] }))).toEqual([["templates.errors.keyInvalid", "metrics.0.key"]]);
    }
    expect(issues(draft({ metrics: [{ ...m[0], label: "" }] }))).toEqual([["templates.errors.labelRequired", "metrics.0.label"]]);
    expect(issues(draft({ metrics: [{ ...m[0], unit: "很长很长很长的计量单位" }] }))).toEqual([["templates.errors.unitTooLong", "metrics.0.unit"]]);
  });

  it("checks a RATIO or GROWTH rule names other figures of the template", () => {
    const m = draft().metrics;
    const rate = { key: "rate", label: "比率", unit: "%", aggregation: "RATIO" as const, numeratorKey: "volunteers", denominatorKey: "lectures" };
    expect(issues(draft({ metrics: [...m, rate] }))).toEqual([]);
    expect(issues(draft({ metrics: [...m, { ...rate, denominatorKey: "volunteers" }] }))).toEqual([["templates.errors.ruleSource", "metrics.2.numeratorKey"]]);
    expect(issues(draft({ metrics: [...m, { ...rate, numeratorKey: "missing" }] }))).toEqual([["templates.errors.ruleSource", "metrics.2.numeratorKey"]]);
    expect(issues(draft({ metrics: [...m, { ...rate, aggregation: "GROWTH", numeratorKey: "rate" }] }))).toEqual([["templates.errors.ruleSource", "metrics.2.numeratorKey"]]);
    expect(issues(draft({ metrics: [...m, { ...rate, aggregation: "GROWTH", numeratorKey: "volunteers", denominatorKey: "" }] }))).toEqual([]);
  });

  it("lists every problem at once (so the form can show them all)", () => {
    const bad = draft({ name: "", sections: [{ ref: "", kind: "PLAN", heading: "", body: "" }], metrics: [{ key: "A", label: "", unit: "", aggregation: "", numeratorKey: "", denominatorKey: "" }] });
    expect(issues(bad).map(([m]) => m).sort()).toEqual(
      ["templates.errors.headingRequired", "templates.errors.keyInvalid", "templates.errors.labelRequired", "templates.errors.nameRequired"].sort(),
    );
  });

  it("a save names the template and the version it edited", () => {
    expect(ZSaveTemplateSchema.safeParse({ templateId: "t1", baseVersion: 0, draft: draft() }).success).toBe(false);
    expect(ZSaveTemplateSchema.safeParse({ templateId: "t1", baseVersion: 3, draft: draft() }).success).toBe(true);
    expect(ZSaveTemplateSchema.safeParse({ templateId: "bad id", baseVersion: 3, draft: draft() }).success).toBe(false);
  });

  it("places an issue for the form", () => {
    expect(issuePlace(["sections", 2, "heading"])).toEqual({ list: "sections", index: 2, field: "heading" });
    expect(issuePlace(["metrics"])).toEqual({ list: "metrics", index: null, field: null });
    expect(issuePlace(["name"])).toEqual({ list: null, index: null, field: "name" });
  });
});

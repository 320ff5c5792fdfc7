import { describe, expect, it } from "vitest";
import { toDocument } from "@/lib/reports/document-model";
import { anchorQuote, quoteFromSelection, readingText, sectionSegments } from "./reading-text";
import { buildReadingModel } from "./reading-model";

const metrics = new Map([["lectures", { value: 86, unit: "场" }]]);

describe("a section's reading text", () => {
  it("is the printed heading and paragraphs, figures rendered, joined by line breaks", () => {
    const segs = sectionSegments({ heading: "抓实理论宣讲。", body: "全年开展宣讲{{m:lectures}}。\n\n形成调研报告3篇。" }, metrics);
    expect(segs).toEqual([
      { start: 0, text: "抓实理论宣讲。", role: "heading" },
      { start: 8, text: "全年开展宣讲86场。", role: "paragraph" },
      { start: 19, text: "形成调研报告3篇。", role: "paragraph" },
    ]);
    expect(readingText(segs)).toBe("抓实理论宣讲。\n全年开展宣讲86场。\n形成调研报告3篇。");
  });

  it("has no heading segment for an opening paragraph", () => {
    expect(sectionSegments({ heading: "", body: "今年以来。" }, metrics)).toEqual([{ start: 0, text: "今年以来。", role: "paragraph" }]);
  });
});

describe("quoted passages", () => {
  const text = "抓实理论宣讲。\n全年开展宣讲86场。";

  it("turns a selection into the exact quote and its offset, across segments, trimmed", () => {
    expect(quoteFromSelection(text, { segStart: 8, offset: 4 }, { segStart: 8, offset: 9 })).toEqual({ quote: "宣讲86场", quoteStart: 12 });
    // Backwards selection, starting in the heading.
    expect(quoteFromSelection(text, { segStart: 8, offset: 2 }, { segStart: 0, offset: 4 })).toEqual({ quote: "宣讲。\n全年", quoteStart: 4 });
    expect(quoteFromSelection(text, { segStart: 0, offset: 7 }, { segStart: 8, offset: 0 })).toBeNull();
  });

  it("is unchanged where it was, or moved when text was added before it", () => {
    expect(anchorQuote(text, "宣讲86场", 12)).toEqual({ changed: false, start: 12 });
    expect(anchorQuote(`新增一句。${text}`, "宣讲86场", 12)).toEqual({ changed: false, start: 17 });
  });

  it("picks the occurrence nearest to where it was", () => {
    expect(anchorQuote("宣讲；宣讲；宣讲", "宣讲", 4)).toEqual({ changed: false, start: 3 });
  });

  it("is changed when the words are gone", () => {
    expect(anchorQuote("抓实理论宣讲。\n全年开展宣讲90场。", "宣讲86场", 12)).toEqual({ changed: true, start: null });
  });
});

describe("the reading model", () => {
  const report = {
    title: "2025年工作总结",
    status: "DRAFT" as const,
    achievementsTitle: "主要工作成效",
    problemsTitle: "存在问题",
    planTitle: "2026年工作计划",
    documentDate: new Date("2025-12-20T02:00:00Z"),
    approvedHash: null,
    unit: { name: "青山街道宣传办" },
    sections: [
      { id: "p", kind: "PROBLEM", position: 3, heading: "形式单一。", body: "线上互动少。" },
      { id: "o", kind: "OPENING", position: 0, heading: "", body: "今年以来。\n现总结如下：" },
      { id: "a2", kind: "ACHIEVEMENT", position: 2, heading: "深化文明创建。", body: "评出典型{{m:models}}。" },
      { id: "a1", kind: "ACHIEVEMENT", position: 1, heading: "抓实理论宣讲。", body: "开展宣讲{{m:lectures}}。" },
    ],
    metrics: [
      { key: "lectures", value: 86, unit: "场" },
      { key: "models", value: null, unit: "人" },
    ],
    planItems: [{ position: 0, text: "创新宣讲方式。推出作品20部。" }],
  };

  it("prints exactly what the exporters print, with sections identified", () => {
    const model = buildReadingModel(report);
    const doc = toDocument(report, { verificationLine: false });
    expect(model.title).toBe(doc.title);
    expect(model.draftMarking).toBe("征求意见稿");
    expect(model.opening.flatMap((b) => b.segments.map((s) => s.text))).toEqual(doc.opening);
    const ach = model.parts[0];
    expect(ach.kind === "ACHIEVEMENT" && ach.sections.map((s) => [s.id, s.ordinal, readingText(s.segments)])).toEqual([
      ["a1", 1, "抓实理论宣讲。\n开展宣讲86场。"],
      ["a2", 2, "深化文明创建。\n评出典型X人。"],
    ]);
    expect(model.parts.map((p) => p.title)).toEqual(doc.parts.map((p) => p.title));
    const plan = model.parts[2];
    expect(plan.kind === "PLAN" && plan.plan).toEqual([{ heading: doc.parts[2].items[0].heading, rest: doc.parts[2].items[0].paragraphs[0] }]);
    expect(model.signature).toEqual(doc.signature);
  });

  it("shows last year's plan with verdicts after the achievements, like the exporters", () => {
    const withReviews = {
      ...report,
      previousYear: 2024,
      planReviews: [{ position: 0, text: "开展分众化宣讲。全年不少于80场。", verdict: "PARTLY" as const, evidence: "全年宣讲92场" }],
    };
    const model = buildReadingModel(withReviews);
    const doc = toDocument(withReviews, { verificationLine: false });
    expect(model.parts.map((p) => p.title)).toEqual(["主要工作成效", "2024年工作计划完成情况", "存在问题", "2026年工作计划"]);
    expect(model.parts.map((p) => p.title)).toEqual(doc.parts.map((p) => p.title));
    const reviews = model.parts[1];
    expect(reviews.kind === "PLAN_REVIEW" && reviews.plan).toEqual([{ heading: "开展分众化宣讲。", rest: "完成情况：部分完成。全年宣讲92场" }]);
    expect(doc.parts[1].items).toEqual([{ heading: "开展分众化宣讲。", paragraphs: ["完成情况：部分完成。全年宣讲92场"] }]);
  });
});

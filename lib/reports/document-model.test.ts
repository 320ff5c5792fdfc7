import { describe, expect, it } from "vitest";

import { loadFixtureSource2024, REVIEWS_2023 } from "@/lib/export/__fixtures__/fixture-source";
import { chinaDateParts, planReviewTitle, toDocument, verdictLine } from "./document-model";

const opts = { verificationLine: false };

describe("toDocument: last year's plan with verdicts", () => {
  it("adds no part for a report without reviews (unchanged output)", () => {
    const source = loadFixtureSource2024();
    const doc = toDocument(source, opts);
    expect(doc.parts.map((p) => p.title)).toEqual(["主要工作成效", "存在问题", "2025年工作计划"]);
    expect(doc.parts[0].items[0]).toEqual({
      heading: "理论宣讲扎实开展。",
      paragraphs: ["组建宣讲小分队4支，全年开展宣讲86场，覆盖居民5200余人次。组织机关干部集中学习12次，开展专题研讨6次，形成调研报告3篇。"],
    });
    expect(toDocument({ ...source, planReviews: [], previousYear: 2023 }, opts)).toEqual(doc);
  });

  it("puts a part 2023年工作计划完成情况 after the achievements, one item per review in order", () => {
    const source = loadFixtureSource2024();
    const plain = toDocument(source, opts);
    const doc = toDocument({ ...source, planReviews: REVIEWS_2023, previousYear: 2023 }, opts);
    expect(doc.parts.map((p) => p.title)).toEqual(["主要工作成效", "2023年工作计划完成情况", "存在问题", "2025年工作计划"]);
    expect(doc.parts[1].items).toEqual([
      { heading: "开展分众化宣讲，全年宣讲不少于80场。", paragraphs: ["完成情况：部分完成。全年宣讲86场，面向青年12场。"] },
      { heading: "注册志愿者人数达到2000人。", paragraphs: ["完成情况：完成。"] },
      { heading: "推动文化活动室错时开放。", paragraphs: ["完成情况：未完成。场地改造延期。"] },
      { heading: "举办主题节庆活动。", paragraphs: ["完成情况：未评定。"] },
    ]);
    // Everything else is as without reviews.
    expect([doc.parts[0], ...doc.parts.slice(2)]).toEqual(plain.parts);
    expect({ ...doc, parts: [] }).toEqual({ ...plain, parts: [] });
  });

  it("titles the part 上年… without a year, and prints the verdict words in Chinese", () => {
    expect(planReviewTitle()).toBe("上年工作计划完成情况");
    expect(planReviewTitle(2024)).toBe("2024年工作计划完成情况");
    expect(verdictLine({ verdict: "PARTLY", evidence: " 全年宣讲92场 " })).toBe("完成情况：部分完成。全年宣讲92场");
    expect(verdictLine({ verdict: null, evidence: "" })).toBe("完成情况：未评定。");
  });
});

describe("chinaDateParts", () => {
  it("gives the calendar date in China, across midnight and the year's end", () => {
    expect(chinaDateParts(new Date("2025-12-31T15:59:59Z"))).toEqual({ year: 2025, month: 12, day: 31 });
    expect(chinaDateParts(new Date("2025-12-31T16:00:00Z"))).toEqual({ year: 2026, month: 1, day: 1 });
    expect(chinaDateParts(new Date("2024-02-29T03:00:00Z"))).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

/**
 * Test helper: the filled 2024 fixture as a report is stored (DocumentSource), so tests can go through
 * toDocument like the app does. Opening = one OPENING section; plan items = the 2025 plan part.
 */
import { readFileSync } from "node:fs";

import type { DocumentSource } from "@/lib/reports/document-model";
import { parseSummaryText } from "@/lib/reports/text";
import { FIXTURE_2024 } from "./fixture-input";

export function loadFixtureSource2024(overrides: Partial<DocumentSource> = {}): DocumentSource {
  const parsed = parseSummaryText(readFileSync(FIXTURE_2024, "utf8"));
  const body = parsed.sections.filter((s) => s.kind !== "PLAN");
  return {
    title: parsed.title,
    status: "APPROVED",
    achievementsTitle: "主要工作成效",
    problemsTitle: parsed.problemsTitle ?? "存在问题",
    planTitle: parsed.planTitle ?? "2025年工作计划",
    documentDate: new Date("2024-12-26T02:00:00Z"),
    approvedHash: null,
    unit: { name: "青山街道宣传办" },
    sections: [
      { kind: "OPENING", position: 0, heading: "", body: parsed.opening.join("\n") },
      ...body.map((s, i) => ({ kind: s.kind, position: i + 1, heading: s.heading, body: s.body })),
    ],
    metrics: [],
    planItems: parsed.sections.filter((s) => s.kind === "PLAN").map((s, position) => ({ position, text: s.heading + s.body })),
    ...overrides,
  };
}

/** Reviews of last year's (2023) plan as a 2024 report started from it would carry them. */
export const REVIEWS_2023: NonNullable<DocumentSource["planReviews"]> = [
  { position: 1, text: "注册志愿者人数达到2000人。服务时长达到16000小时。", verdict: "DONE", evidence: null },
  { position: 0, text: "开展分众化宣讲，全年宣讲不少于80场。其中面向青年不少于15场。", verdict: "PARTLY", evidence: "全年宣讲86场，面向青年12场。" },
  { position: 2, text: "推动文化活动室错时开放。", verdict: "NOT_DONE", evidence: "场地改造延期。" },
  { position: 3, text: "举办主题节庆活动。", verdict: null, evidence: null },
];

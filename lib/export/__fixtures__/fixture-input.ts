/**
 * Test helper: turns the plain-text fixture of a filled annual summary into an ExportInput by
 * simple line parsing. Layout of the fixture:
 *   line 1            title
 *   (blank)
 *   text lines        opening paragraphs, until the first （一） item
 *   （一）…。rest     item: heading = text up to and including the first 。, rest = first paragraph
 *   other lines       part titles (存在问题 / 2025年工作计划); items before any title belong to
 *                     an implicit first part "主要工作成效"
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import type { ExportInput, ExportPart } from "../export-input";

/** Resolved from the project root (tests run with cwd = project root). */
export const FIXTURE_2024 = path.resolve(process.cwd(), "lib/export/__fixtures__/filled-2024-culture-summary.txt");

const ITEM_RE = /^（[一二三四五六七八九十]+）(.*)$/;

export function parseSummaryText(text: string, overrides: Partial<ExportInput> = {}): ExportInput {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const title = lines[0] ?? "";
  const opening: string[] = [];
  const parts: ExportPart[] = [];
  let current: ExportPart | null = null;

  for (const line of lines.slice(1)) {
    if (!line) continue;
    const m = ITEM_RE.exec(line);
    if (m) {
      if (!current) {
        current = { title: "主要工作成效", items: [] };
        parts.push(current);
      }
      const body = m[1];
      const cut = body.indexOf("。");
      const heading = cut >= 0 ? body.slice(0, cut + 1) : body;
      const rest = cut >= 0 ? body.slice(cut + 1).trim() : "";
      current.items.push({ heading, paragraphs: rest ? [rest] : [] });
    } else if (parts.length === 0 && !current) {
      opening.push(line);
    } else {
      current = { title: line, items: [] };
      parts.push(current);
    }
  }

  return {
    title,
    opening,
    parts,
    closing: [],
    signature: { unitName: "青山街道办事处", date: { year: 2024, month: 12, day: 26 } },
    draftMarking: null,
    approvedHash: null,
    verificationLine: false,
    ...overrides,
  };
}

export function loadFixture2024(overrides: Partial<ExportInput> = {}): ExportInput {
  return parseSummaryText(readFileSync(FIXTURE_2024, "utf8"), overrides);
}

/** Deterministic filler text of Chinese sentences with numbers, for long-report tests. */
export function fillerParagraph(seed: number, sentences = 4): string {
  const phrases = [
    "坚持以人民为中心的发展思想，",
    "扎实推进各项重点任务落地见效，",
    "全年累计开展活动",
    "场次，覆盖群众",
    "余人次，",
    "形成了一批可复制可推广的经验做法。",
    "进一步健全完善工作机制，",
    "推动服务资源向基层一线下沉。",
  ];
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const n = (seed * 7 + i * 13) % 97 + 3;
    out.push(phrases[0 + ((seed + i) % 2)] + phrases[2] + n + phrases[3] + n * 40 + phrases[4] + phrases[5 + ((seed + i) % 3)]);
  }
  return out.join("");
}

/** A long report: `itemsTotal` items over three parts, `paragraphs` paragraphs of `sentences` sentences each. */
export function longReport(itemsTotal: number, paragraphs: number, sentences = 2): ExportInput {
  const perPart = Math.ceil(itemsTotal / 3);
  const titles = ["主要工作成效", "存在问题", "2026年工作计划"];
  return {
    title: "2025年青山街道宣传文化与志愿服务工作总结",
    opening: [fillerParagraph(0, 3)],
    parts: titles.map((title, p) => ({
      title,
      items: Array.from({ length: Math.min(perPart, itemsTotal - p * perPart) }, (_, i) => ({
        heading: `第${p * perPart + i + 1}项重点工作稳步推进。`,
        paragraphs: Array.from({ length: paragraphs }, (_, k) => fillerParagraph(p * 1000 + i * 10 + k, sentences)),
      })),
    })),
    closing: ["特此报告。"],
    signature: { unitName: "青山街道办事处", date: { year: 2025, month: 12, day: 26 } },
    draftMarking: null,
    approvedHash: null,
    verificationLine: false,
  };
}

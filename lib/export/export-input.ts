/**
 * Input of every exporter (docx, Markdown, PDF via docx). Plain data, no formatting:
 * the exporters derive numbering (一、 / （一）) from order and apply GB/T 9704-2012 layout.
 */

import type { ApprovalRecord } from "./approval-record";

/** One numbered item of a part, rendered as `（一）heading` followed by its paragraphs. */
export interface ExportSectionItem { heading: string; paragraphs: string[] } // heading = lead sentence without number, e.g. "抓实理论宣讲，推动政策进社区。"; paragraphs = body paragraphs (plain text, metrics already rendered as numbers+units)

/** A first-level part, rendered as `一、title`. */
export interface ExportPart { title: string; items: ExportSectionItem[] } // e.g. title "主要工作成效" / "存在问题" / "2026年工作计划"

export interface ExportInput {
  title: string;                 // e.g. 2025年青山街道宣传文化与志愿服务工作总结
  opening: string[];             // opening paragraphs
  parts: ExportPart[];           // numbered 一、二、三、 in order; their items （一）（二）…
  closing: string[];             // closing paragraphs (may be empty)
  signature: { unitName: string; date: { year: number; month: number; day: number } };
  draftMarking: string | null;   // e.g. "征求意见稿" for a non-approved report, null when approved
  approvedHash: string | null;   // sha-256 hex of the approved version
  verificationLine: boolean;     // print a small verification line with the hash at the end
  approvalRecord?: ApprovalRecord | null; // append the 审批记录 as the last page (.docx and PDF)
}

/**
 * 审批记录 (approval record) of a report: who approved it, step by step, with their decisions, opinions
 * and times, and what was approved (the approved version's hash) anchored in the audit chain. Plain data
 * and pure formatting, shared by the .docx builder and its tests; loaded by lib/reports/approval-record.ts.
 * Document text: Chinese whatever the UI language; times in China's time zone (Asia/Shanghai).
 */

export type RecordDecision = "SUBMITTED" | "APPROVED" | "RETURNED";

export interface ApprovalRecordEntry {
  /** which submission (1, 2, …) */
  cycle: number;
  /** 提交审核 for a submission, else the chain step's label (分管领导 …) */
  step: string;
  /** the person who submitted or decided */
  person: string;
  decision: RecordDecision;
  opinion: string | null;
  at: Date;
}

export interface ApprovalRecord {
  title: string;
  unitName: string;
  year: number;
  /** the approved version; null while the report is not approved */
  approvedVersion: { number: number; hash: string; at: Date } | null;
  /** the audit event of the final approval, as it stands in the chain */
  approvalEvent: { seq: number; hash: string } | null;
  /** the audit chain's head when the record was made */
  auditHead: { seq: number; hash: string } | null;
  generatedAt: Date;
  entries: ApprovalRecordEntry[];
}

/** Decision words as printed (document text). */
export const RECORD_DECISION_WORDS: Record<RecordDecision, string> = {
  SUBMITTED: "提交",
  APPROVED: "通过",
  RETURNED: "退回修改",
};

const SHANGHAI = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A moment as printed in the record: 2050年12月28日 09:05 (Asia/Shanghai, 24-hour clock). */
export function formatShanghaiTime(at: Date): string {
  const parts = Object.fromEntries(SHANGHAI.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}:${parts.minute}`;
}

/** 第1次提交 … : the cycle column. */
export const cycleLabel = (cycle: number): string => `第${cycle}次`;

/** The rows of the steps table, in order (by time, submissions before the decisions of their cycle). */
export function recordRows(record: Pick<ApprovalRecord, "entries">): string[][] {
  return [...record.entries]
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.cycle - b.cycle)
    .map((e, i) => [String(i + 1), cycleLabel(e.cycle), e.step, e.person, RECORD_DECISION_WORDS[e.decision], e.opinion?.trim() || "—", formatShanghaiTime(e.at)]);
}

export const RECORD_COLUMNS = ["序号", "轮次", "环节", "经办人", "结果", "意见", "时间"] as const;

/** The header fields of the form: label and value, in order. */
export function recordFields(record: ApprovalRecord): [string, string][] {
  return [
    ["文稿标题", record.title],
    ["报送单位", record.unitName],
    ["年度", `${record.year}年`],
    ["审定版本", record.approvedVersion ? `第${record.approvedVersion.number}版（${formatShanghaiTime(record.approvedVersion.at)}）` : "尚未审定"],
    ["审定版本校验码", record.approvedVersion ? `SHA-256 ${record.approvedVersion.hash}` : "—"],
    ["审定记录链位", record.approvalEvent ? `第${record.approvalEvent.seq}条 ${record.approvalEvent.hash}` : "—"],
    ["审计链头", record.auditHead ? `第${record.auditHead.seq}条 ${record.auditHead.hash}` : "—"],
    ["生成时间", formatShanghaiTime(record.generatedAt)],
  ];
}

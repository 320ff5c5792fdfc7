// Test helper: an approval record as a two-step chain leaves it (returned once, then approved).
import type { ApprovalRecord } from "../approval-record";

export const HASH = "ab".repeat(32);

export function sampleRecord(): ApprovalRecord {
  return {
    title: "2050年东湖社区宣传文化工作总结",
    unitName: "东湖社区",
    year: 2050,
    approvedVersion: { number: 5, hash: HASH, at: new Date("2050-12-28T02:05:00Z") },
    approvalEvent: { seq: 812, hash: "cd".repeat(32) },
    auditHead: { seq: 815, hash: "ef".repeat(32) },
    generatedAt: new Date("2050-12-29T16:30:00Z"),
    entries: [
      // given out of order: the record sorts by time
      { cycle: 2, step: "主要领导", person: "赵敏", decision: "APPROVED", opinion: "同意。", at: new Date("2050-12-28T02:05:00Z") },
      { cycle: 1, step: "提交审核", person: "陈静", decision: "SUBMITTED", opinion: null, at: new Date("2050-12-20T01:00:00Z") },
      { cycle: 1, step: "分管领导", person: "李强", decision: "RETURNED", opinion: "请补充志愿服务数据。", at: new Date("2050-12-21T09:30:00Z") },
      { cycle: 2, step: "提交审核", person: "陈静", decision: "SUBMITTED", opinion: null, at: new Date("2050-12-27T00:00:00Z") },
      { cycle: 2, step: "分管领导", person: "李强", decision: "APPROVED", opinion: "", at: new Date("2050-12-27T08:00:00Z") },
    ],
  };
}

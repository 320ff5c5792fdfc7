import { describe, expect, it } from "vitest";

import { formatShanghaiTime, recordFields, recordRows } from "./approval-record";
import { HASH, sampleRecord } from "./__fixtures__/approval-record";

describe("approval record", () => {
  it("prints times in Asia/Shanghai, 24-hour, no leading zeros in the date", () => {
    expect(formatShanghaiTime(new Date("2050-12-28T02:05:00Z"))).toBe("2050年12月28日 10:05");
    expect(formatShanghaiTime(new Date("2050-12-31T16:00:00Z"))).toBe("2051年1月1日 00:00");
    expect(formatShanghaiTime(new Date("2050-06-01T15:59:00Z"))).toBe("2050年6月1日 23:59");
  });

  it("lists submissions and decisions by time, numbered, opinions or a dash", () => {
    expect(recordRows(sampleRecord())).toEqual([
      ["1", "第1次", "提交审核", "陈静", "提交", "—", "2050年12月20日 09:00"],
      ["2", "第1次", "分管领导", "李强", "退回修改", "请补充志愿服务数据。", "2050年12月21日 17:30"],
      ["3", "第2次", "提交审核", "陈静", "提交", "—", "2050年12月27日 08:00"],
      ["4", "第2次", "分管领导", "李强", "通过", "—", "2050年12月27日 16:00"],
      ["5", "第2次", "主要领导", "赵敏", "通过", "同意。", "2050年12月28日 10:05"],
    ]);
  });

  it("heads the form with the approved version's hash and the audit chain", () => {
    const fields = Object.fromEntries(recordFields(sampleRecord()));
    expect(fields["审定版本"]).toBe("第5版（2050年12月28日 10:05）");
    expect(fields["审定版本校验码"]).toBe(`SHA-256 ${HASH}`);
    expect(fields["审定记录链位"]).toBe(`第812条 ${"cd".repeat(32)}`);
    expect(fields["审计链头"]).toBe(`第815条 ${"ef".repeat(32)}`);
    expect(fields["生成时间"]).toBe("2050年12月30日 00:30");
    const pending = Object.fromEntries(recordFields({ ...sampleRecord(), approvedVersion: null, approvalEvent: null }));
    expect(pending["审定版本"]).toBe("尚未审定");
    expect(pending["审定版本校验码"]).toBe("—");
  });
});

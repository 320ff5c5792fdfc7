import { describe, expect, it } from "vitest";

import { loadFixture2024 } from "../__fixtures__/fixture-input";
import { HASH, sampleRecord } from "../__fixtures__/approval-record";
import { APPROVED_HASH_PROPERTY, buildApprovalRecordDocx, buildDocx } from "./build-docx";
import { readDocxParts } from "@/tests/support/docx/read-docx-zip";

const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);

describe("approval record .docx", () => {
  it("is a form: title in 小标宋, field table and steps table in 仿宋 with 黑体 heads", async () => {
    const parts = readDocxParts(await buildApprovalRecordDocx(sampleRecord()));
    const xml = parts.get("word/document.xml")!;
    const t = texts(xml);
    expect(t[0]).toBe("审批记录");
    expect(xml).toMatch(/<w:rFonts w:ascii="方正小标宋简体"[^>]*\/>[\s\S]*?<w:t[^>]*>审批记录</);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(2);
    for (const s of ["文稿标题", "2050年东湖社区宣传文化工作总结", "审定版本校验码", `SHA-256 ${HASH}`, "审计链头", `第815条 ${"ef".repeat(32)}`]) {
      expect(t, s).toContain(s);
    }
    // column heads, then the rows in time order
    expect(t.slice(t.indexOf("序号"), t.indexOf("序号") + 7)).toEqual(["序号", "轮次", "环节", "经办人", "结果", "意见", "时间"]);
    const row = (n: string) => t.slice(t.indexOf(n, t.indexOf("时间")), t.indexOf(n, t.indexOf("时间")) + 7);
    expect(row("5")).toEqual(["5", "第2次", "主要领导", "赵敏", "通过", "同意。", "2050年12月28日"]);
    expect(t[t.lastIndexOf("2050年12月28日") + 1]).toBe("10:05");
    expect(t).toContain("请补充志愿服务数据。");
    // heads in 黑体, cells in 仿宋_GB2312; nothing in a theme font
    expect(xml).toMatch(/w:eastAsia="黑体"[\s\S]*?<w:t[^>]*>序号</);
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*?<w:t[^>]*>赵敏</);
    expect(xml).not.toContain("asciiTheme");
    // the table spans the text block (156 mm = 8844 twips), fixed layout
    expect(xml).toContain('<w:tblW w:type="dxa" w:w="8844"/>');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    // same page as the report: A4, GB/T 9704 margins, page numbers; the hash in the properties
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(parts.get("docProps/custom.xml")).toContain(HASH);
    expect(parts.get("docProps/custom.xml")).toContain(APPROVED_HASH_PROPERTY);
  });

  it("can be appended to the report as its last page", async () => {
    const input = loadFixture2024();
    const plain = texts(readDocxParts(await buildDocx(input)).get("word/document.xml")!);
    const xml = readDocxParts(await buildDocx({ ...input, approvalRecord: sampleRecord() })).get("word/document.xml")!;
    const t = texts(xml);
    expect(t.slice(0, plain.length)).toEqual(plain);
    expect(t[plain.length]).toBe("审批记录");
    expect(xml).toMatch(/<w:pageBreakBefore\/>[\s\S]*?审批记录/);
    expect(texts(readDocxParts(await buildDocx({ ...input, approvalRecord: null })).get("word/document.xml")!)).toEqual(plain);
  });
});

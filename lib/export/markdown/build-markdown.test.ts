import { describe, expect, it } from "vitest";

import { toDocument } from "@/lib/reports/document-model";
import { loadFixture2024 } from "../__fixtures__/fixture-input";
import { loadFixtureSource2024, REVIEWS_2023 } from "../__fixtures__/fixture-source";
import type { ExportInput } from "../export-input";
import { buildMarkdown, escapeMarkdownText } from "./build-markdown";

function input(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    title: "2025年青山街道宣传文化与志愿服务工作总结",
    opening: ["开篇段落。"],
    parts: [
      {
        title: "主要工作成效",
        items: [
          { heading: "抓实理论宣讲，推动政策进社区。", paragraphs: ["全年开展宣讲86场。", "第二段。"] },
          { heading: "只有标题。", paragraphs: [] },
        ],
      },
      { title: "存在问题", items: [{ heading: "覆盖不足。", paragraphs: ["青年参与率偏低。"] }] },
    ],
    closing: ["特此报告。"],
    signature: { unitName: "青山街道办事处", date: { year: 2025, month: 12, day: 26 } },
    draftMarking: null,
    approvedHash: null,
    verificationLine: false,
    ...overrides,
  };
}

describe("buildMarkdown punctuation (GB/T 15834)", () => {
  it("writes full-width punctuation in the title, headings and paragraphs, figures and times untouched", () => {
    const md = buildMarkdown(
      input({
        title: "2025年工作总结(初稿)",
        opening: ['他说"好",时间10:30,增长3.5%...'],
        parts: [{ title: "主要工作成效:", items: [{ heading: "抓实宣讲;推动落实.", paragraphs: ["全年开展宣讲86场,覆盖3,500人--成效明显!"] }] }],
        closing: ["特此报告?"],
      }),
    );
    expect(md).toContain("# 2025年工作总结（初稿）\n");
    expect(md).toContain("他说“好”，时间10:30，增长3.5%……");
    expect(md).toContain("## 一、主要工作成效：\n");
    expect(md).toContain("**（一）抓实宣讲；推动落实。** 全年开展宣讲86场，覆盖3,500人——成效明显！");
    expect(md).toContain("特此报告？");
    expect(md).not.toMatch(/[\u4e00-\u9fff][,;:?]/);
  });
});

describe("buildMarkdown structure", () => {
  it("renders title, numbered parts, run-in item headings and the signature last", () => {
    const md = buildMarkdown(input());
    expect(md).toBe(
      [
        "# 2025年青山街道宣传文化与志愿服务工作总结",
        "开篇段落。",
        "## 一、主要工作成效",
        "**（一）抓实理论宣讲，推动政策进社区。** 全年开展宣讲86场。",
        "第二段。",
        "**（二）只有标题。**",
        "## 二、存在问题",
        "**（一）覆盖不足。** 青年参与率偏低。",
        "特此报告。",
        "青山街道办事处\\\n2025年12月26日",
      ].join("\n\n") + "\n",
    );
  });

  it("puts the draft marking in a blockquote at the top", () => {
    const md = buildMarkdown(input({ draftMarking: "征求意见稿" }));
    expect(md.startsWith("> 征求意见稿\n\n# 2025年")).toBe(true);
    expect(buildMarkdown(input())).not.toContain("征求意见稿");
  });

  it("adds the verification line only with a hash and when asked", () => {
    const hash = "f".repeat(64);
    const md = buildMarkdown(input({ approvedHash: hash, verificationLine: true }));
    expect(md.trimEnd().endsWith(`本文档由 Summa 生成，审定版本校验码 sha256:${"f".repeat(16)}…`)).toBe(true);
    expect(buildMarkdown(input({ approvedHash: hash, verificationLine: false }))).not.toContain("校验码");
    expect(buildMarkdown(input({ approvedHash: null, verificationLine: true }))).not.toContain("校验码");
  });

  it("renders the 2024 fixture", () => {
    const md = buildMarkdown(loadFixture2024());
    expect(md).toContain("## 三、2025年工作计划");
    expect(md).toContain("**（一）理论宣讲扎实开展。** 组建宣讲小分队4支，全年开展宣讲86场");
    expect(md).toContain("12.5%");
  });
});

describe("Markdown escaping keeps user text literal", () => {
  it.each([
    ["*强调*", "\\*强调\\*"],
    ["_下划线_", "\\_下划线\\_"],
    ["<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"],
    ["[链接](http://x)", "\\[链接\\](http://x)"],
    ["`code`", "\\`code\\`"],
    ["a & b &amp; c", "a \\& b \\&amp; c"],
    ["${x} {PAGE} =SUM(A1)", "\\${x} {PAGE} =SUM(A1)"],
    ["~~删除~~ | 表格", "\\~\\~删除\\~\\~ \\| 表格"],
    ["![图](a.png)", "\\!\\[图\\](a.png)"],
    ["反斜杠\\n", "反斜杠\\\\n"],
  ])("inline %s", (raw, escaped) => {
    expect(escapeMarkdownText(raw)).toBe(escaped);
  });

  it.each([
    ["# 不是标题", "\\# 不是标题"],
    ["## 也不是", "\\## 也不是"],
    ["- 不是列表", "\\- 不是列表"],
    ["+ 不是列表", "\\+ 不是列表"],
    ["* 不是列表", "\\* 不是列表"],
    ["1. 不是有序列表", "1\\. 不是有序列表"],
    ["2) 也不是", "2\\) 也不是"],
    ["> 不是引用", "\\> 不是引用"],
    ["---", "\\---"],
    ["===", "\\==="],
    ["    不是代码块", "不是代码块"],
    ["```", "\\`\\`\\`"],
    ["12.5%的增长", "12.5%的增长"],
  ])("line start %s", (raw, escaped) => {
    expect(escapeMarkdownText(raw)).toBe(escaped);
  });

  it("escapes every line of a multi-line paragraph and keeps the breaks", () => {
    expect(escapeMarkdownText("第一行\n# 第二行\n\n- 第三行  ")).toBe("第一行\\\n\\# 第二行\\\n\\- 第三行");
  });

  it("escapes titles, part titles, headings and the issuer", () => {
    const md = buildMarkdown(
      input({
        title: "# *标题*",
        parts: [{ title: "[部分]", items: [{ heading: "**粗体**。", paragraphs: ["<b>正文</b>"] }] }],
        signature: { unitName: "单位_名", date: { year: 2025, month: 1, day: 1 } },
      }),
    );
    expect(md).toContain("# \\# \\*标题\\*\n");
    expect(md).toContain("## 一、\\[部分\\]\n");
    expect(md).toContain("**（一）\\*\\*粗体\\*\\*。** \\<b\\>正文\\</b\\>");
    expect(md).toContain("单位\\_名\\\n2025年1月1日");
  });
});

describe("buildMarkdown: last year's plan with verdicts (through toDocument)", () => {
  const opts = { verificationLine: false };

  it("has a part 二、2023年工作计划完成情况 with the verdicts and evidence; the later parts renumbered", () => {
    const md = buildMarkdown(toDocument(loadFixtureSource2024({ planReviews: REVIEWS_2023, previousYear: 2023 }), opts));
    expect(md).toContain(
      [
        "## 二、2023年工作计划完成情况",
        "**（一）开展分众化宣讲，全年宣讲不少于80场。** 完成情况：部分完成。全年宣讲86场，面向青年12场。",
        "**（二）注册志愿者人数达到2000人。** 完成情况：完成。",
        "**（三）推动文化活动室错时开放。** 完成情况：未完成。场地改造延期。",
        "**（四）举办主题节庆活动。** 完成情况：未评定。",
        "## 三、存在问题",
      ].join("\n\n"),
    );
    expect(md).toContain("## 四、2025年工作计划");
    expect(md.indexOf("## 一、主要工作成效")).toBeLessThan(md.indexOf("## 二、2023年"));
  });

  it("is unchanged for the fixture without reviews", () => {
    const md = buildMarkdown(toDocument(loadFixtureSource2024(), opts));
    expect(md).not.toContain("完成情况");
    expect(md).toContain("## 二、存在问题");
    expect(md).toContain("## 三、2025年工作计划");
    expect(buildMarkdown(toDocument(loadFixtureSource2024({ planReviews: [], previousYear: 2023 }), opts))).toBe(md);
  });
});

describe("buildMarkdown: 1. and （1） paragraphs", () => {
  it("keeps a numbered first paragraph out of the （一） heading, and the numbers literal (no list)", () => {
    const md = buildMarkdown(
      input({
        parts: [
          {
            title: "主要工作成效",
            items: [{ heading: "抓实理论宣讲。", paragraphs: ["1.组建宣讲队伍。全年4支。", "（1）青年宣讲团。共12人。", "2. 开展集中宣讲。86场。", "3.5亿元投入到位。"] }],
          },
        ],
      }),
    );
    expect(md).toContain("**（一）抓实理论宣讲。**\n\n1.组建宣讲队伍。全年4支。\n\n（1）青年宣讲团。共12人。\n\n2\\. 开展集中宣讲。86场。\n\n3.5亿元投入到位。");
  });

  it("still runs an unnumbered first paragraph (or a decimal) into the heading", () => {
    const md = buildMarkdown(input({ parts: [{ title: "主要工作成效", items: [{ heading: "投入保障。", paragraphs: ["3.5亿元投入到位。"] }] }] }));
    expect(md).toContain("**（一）投入保障。** 3.5亿元投入到位。");
  });
});

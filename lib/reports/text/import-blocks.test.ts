import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { countImportItems, parseImportBlocks, type ImportBlock } from "./import-blocks";
import { parseSummaryText, splitLeadSentence } from "./parse-summary-text";

const kinds = (text: string) => parseImportBlocks(text).map((b) => b.kind);
const lines = (...l: string[]) => l.join("\n");

describe("parseImportBlocks: a plain summary", () => {
  const text = lines(
    "2024年青山社区工作总结",
    "2024年，青山社区扎实推进各项工作，现总结如下：",
    "一、抓实理论宣讲。开展宣讲12场。",
    "全年覆盖居民800人次。",
    "二、深化文明创建。",
    "三、存在的主要问题",
    "（一）宣讲形式单一。",
    "（二）队伍老化。",
    "四、2025年工作计划",
    "1.开展分众化宣讲。",
    "2.建强志愿队伍。",
    "总之，新的一年我们将继续努力。",
    "青山社区居委会",
    "2024年12月20日",
  );
  const blocks = parseImportBlocks(text);

  it("types every line", () => {
    expect(blocks.map((b) => b.kind)).toEqual([
      "TITLE", "OPENING", "ACHIEVEMENT", "ACHIEVEMENT", "PROBLEMS_TITLE", "PROBLEM", "PROBLEM",
      "PLAN_TITLE", "PLAN", "PLAN", "CLOSING", "SIGNATURE", "SIGNATURE",
    ]);
  });

  it("strips typed numbers, joins continuation lines and keeps the part titles bare", () => {
    expect(blocks[2].text).toBe("抓实理论宣讲。开展宣讲12场。\n全年覆盖居民800人次。");
    expect(splitLeadSentence(blocks[2].text).heading).toBe("抓实理论宣讲。");
    expect(blocks[4]).toEqual({ kind: "PROBLEMS_TITLE", text: "存在的主要问题" });
    expect(blocks[7]).toEqual({ kind: "PLAN_TITLE", text: "2025年工作计划" });
    expect(blocks[8].text).toBe("开展分众化宣讲。");
  });
});

describe("parseImportBlocks: numbering conventions", () => {
  it.each([
    ["一、", "二、"],
    ["（一）", "（二）"],
    ["(一)", "(二)"],
    ["1.", "2."],
    ["1、", "2、"],
    ["1．", "2．"],
    ["（1）", "（2）"],
    ["①", "②"],
  ])("%s %s", (a, b) => {
    const blocks = parseImportBlocks(lines("标题工作总结", `${a}第一项。`, "说明。", `${b}第二项。`));
    expect(blocks.filter((x) => x.kind === "ACHIEVEMENT").map((x) => x.text)).toEqual(["第一项。\n说明。", "第二项。"]);
  });

  it("keeps 一是/二是 and 第一，/首先 as items with their words", () => {
    expect(parseImportBlocks(lines("一是抓宣讲。", "二是抓创建。")).map((b) => b.text)).toEqual(["一是抓宣讲。", "二是抓创建。"]);
    expect(countImportItems(parseImportBlocks(lines("第一，抓宣讲。", "第二，抓创建。"))).achievements).toBe(2);
    expect(countImportItems(parseImportBlocks(lines("首先，抓宣讲。", "其次，抓创建。"))).achievements).toBe(2);
  });

  it("splits headings inline in a document pasted as one line", () => {
    const blocks = parseImportBlocks(
      "2024年工作总结2024年，我社区扎实推进各项工作。一、抓宣讲。开展12场。二、抓创建。三、存在问题 一是形式单一。",
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ["TITLE", "2024年工作总结"],
      ["OPENING", "2024年，我社区扎实推进各项工作。"],
      ["ACHIEVEMENT", "抓宣讲。开展12场。"],
      ["ACHIEVEMENT", "抓创建。"],
      ["PROBLEMS_TITLE", "存在问题"],
      ["PROBLEM", "一是形式单一。"],
    ]);
  });

  it("reads traditional characters in titles and part titles", () => {
    const blocks = parseImportBlocks(lines("2024年工作總結", "今年以來，成效明顯。", "一、成效。", "二、存在的問題", "一是不足。"));
    expect(blocks.map((b) => b.kind)).toEqual(["TITLE", "OPENING", "ACHIEVEMENT", "PROBLEMS_TITLE", "PROBLEM"]);
  });

  it("has no TITLE block when the first line is already prose", () => {
    expect(kinds(lines("今年以来，我社区扎实推进各项工作。", "一、抓宣讲。"))).toEqual(["OPENING", "ACHIEVEMENT"]);
  });
});

describe("parseImportBlocks: part titles", () => {
  it.each(["存在问题", "存在的主要问题", "问题与不足", "不足之处", "存在的问题和不足：", "二、存在问题与改进措施"])(
    "problems: %s",
    (title) => {
      expect(kinds(lines("一、成绩。", title, "1.问题。"))).toEqual(["ACHIEVEMENT", "PROBLEMS_TITLE", "PROBLEM"]);
    },
  );

  it.each(["下一步工作计划", "下一步工作打算", "明年工作思路", "下一步工作设想", "2026年工作安排", "20XX年工作计划", "明年工作计划", "今后努力方向"])(
    "plan: %s",
    (title) => {
      expect(kinds(lines("一、成绩。", title, "1.计划。"))).toEqual(["ACHIEVEMENT", "PLAN_TITLE", "PLAN"]);
    },
  );

  it("reads 主要工作完成情况 as the achievements title, only before the first item", () => {
    expect(kinds(lines("一、主要工作完成情况", "（一）宣讲。", "（二）创建。"))).toEqual([
      "ACHIEVEMENTS_TITLE", "ACHIEVEMENT", "ACHIEVEMENT",
    ]);
  });

  it("does not take a sentence that mentions problems or a plan for a part title", () => {
    expect(kinds(lines("（一）制定2026年工作计划。", "存在问题较多。"))).toEqual(["ACHIEVEMENT"]);
  });
});

describe("parseImportBlocks: junk lines", () => {
  it.each<[string, ImportBlock["reason"]]>([
    ["本文仅供学习 禁止外传", "notice"],
    ["欢迎加QQ:12345678获取更多范文", "contact"],
    ["微信：abc_12345", "contact"],
    ["来源：某某文库", "compiler"],
    ["某某整理", "compiler"],
    ["https://www.example.com/fanwen/1.html", "url"],
    ["第1页 共3页", "page-marker"],
    ["- 2 -", "page-marker"],
    ["相关文档", "ad"],
  ])("%s → %s", (line, reason) => {
    const blocks = parseImportBlocks(lines("2024年工作总结", "今年以来，成效明显。", line, "一、成绩。"));
    expect(blocks).toContainEqual({ kind: "REMOVED", text: line, reason });
    expect(blocks.filter((b) => b.kind === "REMOVED")).toHaveLength(1);
  });

  it("does not remove a long paragraph that mentions 会员 or 版权", () => {
    const para = "全年发展工会会员120名，开展版权保护宣传5场，组织会员参加技能比赛3次，获得奖项8个，会员满意度持续提升。";
    expect(kinds(lines("一、成绩。", para))).toEqual(["ACHIEVEMENT"]);
  });

  it("removes a page marker glued to the text and keeps the rest", () => {
    expect(parseImportBlocks("第1页共10页乡镇年度农村工作总结XX县区地处省会近郊，交通便利，区位优势明显。").map((b) => b.kind)).toEqual([
      "REMOVED", "TITLE", "OPENING",
    ]);
  });
});

describe("parseImportBlocks: edge cases", () => {
  it("returns nothing for empty text", () => {
    expect(parseImportBlocks("")).toEqual([]);
    expect(parseImportBlocks("\n \r\n")).toEqual([]);
  });

  it("keeps an unnumbered lead-in of the plan part as an item", () => {
    expect(kinds(lines("下一步工作打算", "明年将重点做好以下工作。", "（一）计划一。"))).toEqual(["PLAN_TITLE", "PLAN", "PLAN"]);
  });
});

describe("parseImportBlocks agrees with parseSummaryText on the app's fixtures", () => {
  it.each(["template-2025-culture-summary.txt", "filled-2024-culture-summary.txt"])("%s", (name) => {
    const text = readFileSync(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url)), "utf8");
    const blocks = parseImportBlocks(text);
    const parsed = parseSummaryText(text);
    expect(blocks.find((b) => b.kind === "TITLE")?.text).toBe(parsed.title);
    expect(blocks.filter((b) => b.kind === "OPENING").map((b) => b.text)).toEqual(parsed.opening);
    const items = blocks.filter((b) => b.kind === "ACHIEVEMENT" || b.kind === "PROBLEM" || b.kind === "PLAN");
    expect(items.map((b) => ({ kind: b.kind, ...splitLeadSentence(b.text.split("\n")[0]) }))).toEqual(
      parsed.sections.map((s) => ({ kind: s.kind, heading: s.heading, body: s.body.split("\n")[0] })),
    );
    expect(blocks.find((b) => b.kind === "PLAN_TITLE")?.text).toBe(parsed.planTitle);
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { countBlanks } from "./detect-blanks";
import { parseSummaryText, splitLeadSentence } from "./parse-summary-text";

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url)), "utf8");

const template = parseSummaryText(fixture("template-2025-culture-summary.txt"));
const filled = parseSummaryText(fixture("filled-2024-culture-summary.txt"));

const ofKind = (kind: string, parsed = template) => parsed.sections.filter((s) => s.kind === kind);

describe("parseSummaryText on the 2025 template", () => {
  it("reads the title, the opening and the part titles", () => {
    expect(template.title).toBe("2025年青山街道宣传文化与志愿服务工作总结");
    expect(template.opening).toHaveLength(1);
    expect(template.opening[0].startsWith("今年以来，青山街道在X党工委的领导下")).toBe(true);
    expect(template.opening[0].endsWith("现将全年工作总结如下：")).toBe(true);
    expect(template.problemsTitle).toBe("存在问题");
    expect(template.planTitle).toBe("2026年工作计划");
  });

  it("finds 5 achievements, 2 problems and 4 plan items, in that order", () => {
    expect(template.sections.map((s) => s.kind)).toEqual([
      ...Array(5).fill("ACHIEVEMENT"),
      ...Array(2).fill("PROBLEM"),
      ...Array(4).fill("PLAN"),
    ]);
  });

  it("splits achievements into lead sentence and body", () => {
    const [first, , , , fifth] = ofKind("ACHIEVEMENT");
    expect(first.heading).toBe("抓实理论宣讲，推动政策进社区。");
    expect(first.body.startsWith("制定《2025年街道理论宣讲工作安排》，组建\"邻里说\"宣讲小分队X支")).toBe(true);
    expect(first.body.endsWith("群众参与线上答题X余人次。")).toBe(true);
    expect(fifth.heading).toBe("丰富群众文化，满足多样化精神需求。");
    expect(fifth.body).toBe(
      "以传统节日为契机，举办春节联欢、元宵灯谜、端午包粽等主题活动X场，参与群众X余人。组织文艺团队参加区级比赛X次，获得奖项X个。邀请专业院团开展送戏进社区演出X场。",
    );
  });

  it("splits problems and plan items the same way", () => {
    expect(ofKind("PROBLEM")[0]).toEqual({
      kind: "PROBLEM",
      heading: "宣讲形式还比较单一。",
      body: "面对面宣讲多，线上互动和分众化宣讲少，对青年群体的吸引力不足。",
    });
    expect(ofKind("PLAN")[2]).toEqual({
      kind: "PLAN",
      heading: "提升阵地服务效能。",
      body: "完成X个社区文化活动室提档升级，推动图书借阅、数字文化服务进楼栋。",
    });
  });

  it("strips the typed numbers from every heading", () => {
    for (const s of template.sections) expect(s.heading).not.toMatch(/^[（(]/);
  });

  it("keeps every blank of the source text", () => {
    const parsedBlanks =
      countBlanks(template.title) +
      template.opening.reduce((n, p) => n + countBlanks(p), 0) +
      template.sections.reduce((n, s) => n + countBlanks(s.heading) + countBlanks(s.body), 0);
    expect(parsedBlanks).toBe(37);
  });
});

describe("parseSummaryText on the filled 2024 report", () => {
  it("reads the title, opening and part titles", () => {
    expect(filled.title).toBe("2024年青山街道宣传文化与志愿服务工作总结");
    expect(filled.opening).toEqual([
      "2024年，青山街道坚持以群众需求为导向，扎实推进理论宣讲、文明创建、志愿服务和文化阵地建设，全年各项任务顺利完成，现将工作情况总结如下：",
    ]);
    expect(filled.problemsTitle).toBe("存在问题");
    expect(filled.planTitle).toBe("2025年工作计划");
  });

  it("finds 5 achievements, 2 problems and 4 plan items", () => {
    expect(ofKind("ACHIEVEMENT", filled)).toHaveLength(5);
    expect(ofKind("PROBLEM", filled)).toHaveLength(2);
    expect(ofKind("PLAN", filled)).toHaveLength(4);
  });

  it("splits a short achievement heading from its figures", () => {
    expect(ofKind("ACHIEVEMENT", filled)[2]).toEqual({
      kind: "ACHIEVEMENT",
      heading: "志愿服务持续壮大。",
      body: "新组建志愿服务队5支，注册志愿者达到1860人，较上年增长12.5%。开展各类志愿活动210次，累计服务时长15600小时。",
    });
  });

  it("keeps one-sentence problems and plan items whole, with an empty body", () => {
    expect(ofKind("PROBLEM", filled)[0]).toEqual({ kind: "PROBLEM", heading: "宣讲对青年群体覆盖不足。", body: "" });
    expect(ofKind("PLAN", filled)[0]).toEqual({
      kind: "PLAN",
      heading: "开展分众化宣讲，全年宣讲不少于100场，其中面向青年不少于20场。",
      body: "",
    });
    expect(ofKind("PLAN", filled)[3].heading).toBe("举办主题节庆活动不少于20场。");
  });
});

describe("parseSummaryText on other layouts", () => {
  it("handles CRLF, indentation and blank lines", () => {
    const parsed = parseSummaryText(
      "\r\n　　标题\r\n\r\n　　开头一段。\r\n　　（一）第一项。正文。\r\n\r\n存在问题\r\n（一）问题一。\r\n",
    );
    expect(parsed).toEqual({
      title: "标题",
      opening: ["开头一段。"],
      sections: [
        { kind: "ACHIEVEMENT", heading: "第一项。", body: "正文。" },
        { kind: "PROBLEM", heading: "问题一。", body: "" },
      ],
      problemsTitle: "存在问题",
      planTitle: null,
    });
  });

  it("continues an item with unnumbered lines and deeper-numbered sub-points", () => {
    const parsed = parseSummaryText(
      ["标题", "开头。", "（一）第一项。说明。", "1.子项一。", "2.子项二。", "补充段落。", "（二）第二项。"].join("\n"),
    );
    expect(parsed.sections).toEqual([
      { kind: "ACHIEVEMENT", heading: "第一项。", body: "说明。\n1.子项一。\n2.子项二。\n补充段落。" },
      { kind: "ACHIEVEMENT", heading: "第二项。", body: "" },
    ]);
  });

  it("recognises numbered part titles and lets each part choose its own item style", () => {
    const parsed = parseSummaryText(
      ["标题", "开头。", "（一）成绩。", "二、存在的问题和不足：", "1.问题。", "三、2026年工作计划", "（1）计划。"].join(
        "\n",
      ),
    );
    expect(parsed.problemsTitle).toBe("存在的问题和不足");
    expect(parsed.planTitle).toBe("2026年工作计划");
    expect(parsed.sections).toEqual([
      { kind: "ACHIEVEMENT", heading: "成绩。", body: "" },
      { kind: "PROBLEM", heading: "问题。", body: "" },
      { kind: "PLAN", heading: "计划。", body: "" },
    ]);
  });

  it("keeps an unnumbered lead-in of the plan part as an item instead of dropping it", () => {
    const parsed = parseSummaryText(["标题", "下一步工作打算", "明年将重点做好以下工作。", "（一）计划一。"].join("\n"));
    expect(parsed.planTitle).toBe("下一步工作打算");
    expect(parsed.sections).toEqual([
      { kind: "PLAN", heading: "明年将重点做好以下工作。", body: "" },
      { kind: "PLAN", heading: "计划一。", body: "" },
    ]);
  });

  it("does not read a year or a decimal at the start of a line as a number", () => {
    const parsed = parseSummaryText(["标题", "2024年，街道扎实推进各项工作。", "1.5万人次参与活动。"].join("\n"));
    expect(parsed.opening).toEqual(["2024年，街道扎实推进各项工作。", "1.5万人次参与活动。"]);
    expect(parsed.sections).toEqual([]);
  });

  it("does not mistake a sentence mentioning a plan for the plan title", () => {
    const parsed = parseSummaryText(["标题", "（一）制定2026年工作计划。", "存在问题较多。"].join("\n"));
    expect(parsed.planTitle).toBeNull();
    expect(parsed.problemsTitle).toBeNull();
    expect(parsed.sections).toEqual([{ kind: "ACHIEVEMENT", heading: "制定2026年工作计划。", body: "存在问题较多。" }]);
  });

  it("returns an empty summary for empty text and a bare title for one line", () => {
    expect(parseSummaryText("")).toEqual({
      title: "",
      opening: [],
      sections: [],
      problemsTitle: null,
      planTitle: null,
    });
    expect(parseSummaryText("只有标题").title).toBe("只有标题");
    expect(parseSummaryText("只有标题").sections).toEqual([]);
  });
});

describe("splitLeadSentence", () => {
  it("splits at the first sentence end", () => {
    expect(splitLeadSentence("抓实理论宣讲，推动政策进社区。制定方案。")).toEqual({
      heading: "抓实理论宣讲，推动政策进社区。",
      body: "制定方案。",
    });
  });

  it("accepts ！ and ？ as sentence ends", () => {
    expect(splitLeadSentence("成效明显！数据如下。").heading).toBe("成效明显！");
    expect(splitLeadSentence("为何不足？原因如下。").heading).toBe("为何不足？");
  });

  it("returns the whole text as heading when there is no sentence end", () => {
    expect(splitLeadSentence("创新理论宣讲方式")).toEqual({ heading: "创新理论宣讲方式", body: "" });
  });

  it("ignores sentence ends inside quotes and titles", () => {
    expect(splitLeadSentence("开展“学习。实践”活动。正文。").heading).toBe("开展“学习。实践”活动。");
    expect(splitLeadSentence("印发《关于做好宣讲。的通知》。正文。").heading).toBe("印发《关于做好宣讲。的通知》。");
    expect(splitLeadSentence('开展"学习。实践"活动。正文。').heading).toBe('开展"学习。实践"活动。');
  });

  it("falls back to the first stop when a quote is never closed", () => {
    expect(splitLeadSentence("开展“学习活动。正文。")).toEqual({ heading: "开展“学习活动。", body: "正文。" });
  });
});

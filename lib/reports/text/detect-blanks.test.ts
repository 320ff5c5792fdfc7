import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { countBlanks, detectBlanks, detectBlanksInReport, type Blank } from "./detect-blanks";

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url)), "utf8");

const template = fixture("template-2025-culture-summary.txt");
const filled = fixture("filled-2024-culture-summary.txt");

/** The blanks' matched text, for compact assertions. */
const matches = (text: string) => detectBlanks(text).map((b) => b.match);

describe("detectBlanks on the fixtures", () => {
  // Hand count: opening 1 (X党工委), (一) 8, (二) 5 (X月X日 is one), (三) 5, (四) 7,
  // (五) 5, problems 0, plan 2+2+1+1 = 6 → 37 blanks covering the 38 X letters.
  it("finds exactly 37 blanks in the 2025 template", () => {
    expect(countBlanks(template)).toBe(37);
  });

  it("classifies them as 33 figures, 3 names and 1 date", () => {
    const byKind: Record<string, number> = {};
    for (const b of detectBlanks(template)) byKind[b.kind] = (byKind[b.kind] ?? 0) + 1;
    expect(byKind).toEqual({ figure: 33, name: 3, date: 1 });
  });

  it("covers every X of the template and nothing else", () => {
    const blanks = detectBlanks(template);
    const covered = blanks.reduce((n, b) => n + (b.match.match(/X/g)?.length ?? 0), 0);
    expect(covered).toBe(template.split("X").length - 1);
    expect(covered).toBe(38);
    for (const b of blanks) expect(template.slice(b.index, b.index + b.length)).toBe(b.match);
  });

  it("reports exact positions", () => {
    const blanks = detectBlanks(template);
    expect(blanks[0]).toEqual({ index: 34, length: 1, match: "X", kind: "name" });
    expect(template.slice(33, 38)).toBe("在X党工委");

    const date = blanks.find((b) => b.kind === "date");
    expect(date).toEqual({ index: 316, length: 4, match: "X月X日", kind: "date" });
    expect(template.indexOf("于X月X日召开")).toBe(315);

    const percent = template.indexOf("X%");
    expect(blanks).toContainEqual({ index: percent, length: 1, match: "X", kind: "figure" });

    const communities = blanks.filter((b) => template.startsWith("社区", b.index + 1) && b.kind === "name");
    expect(communities.map((b) => b.index)).toEqual([581, 585]);

    const last = blanks[blanks.length - 1];
    expect(last.index).toBe(template.indexOf("不少于X场，持续") + 3);
  });

  it("returns blanks in text order", () => {
    const indexes = detectBlanks(template).map((b) => b.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it("finds nothing in the filled 2024 report", () => {
    expect(detectBlanks(filled)).toEqual([]);
    expect(countBlanks(filled)).toBe(0);
  });
});

describe("detectBlanks: placeholders that are flagged", () => {
  it.each<[string, Blank[]]>([
    ["开展宣讲X场", [{ index: 4, length: 1, match: "X", kind: "figure" }]],
    ["投资XX万元", [{ index: 2, length: 2, match: "XX", kind: "figure" }]],
    ["于X月X日召开", [{ index: 1, length: 4, match: "X月X日", kind: "date" }]],
    ["X余人次", [{ index: 0, length: 1, match: "X", kind: "figure" }]],
    ["增长X%", [{ index: 2, length: 1, match: "X", kind: "figure" }]],
    ["某某同志", [{ index: 0, length: 2, match: "某某", kind: "name" }]],
    ["____", [{ index: 0, length: 4, match: "____", kind: "underline" }]],
    ["（  ）", [{ index: 0, length: 4, match: "（  ）", kind: "underline" }]],
  ])("%s", (text, expected) => {
    expect(detectBlanks(text)).toEqual(expected);
  });

  it("accepts lower-case, full-width and × placeholders", () => {
    expect(matches("宣讲xx场，覆盖x人")).toEqual(["xx", "x"]);
    expect(matches("宣讲Ｘ场，覆盖ｘ人")).toEqual(["Ｘ", "ｘ"]);
    expect(detectBlanks("表彰×××同志")).toEqual([{ index: 2, length: 3, match: "×××", kind: "name" }]);
    expect(matches("投资××万元")).toEqual(["××"]);
  });

  it("treats full dates and single date parts as one date blank", () => {
    expect(detectBlanks("XXXX年XX月XX日")).toEqual([
      { index: 0, length: 11, match: "XXXX年XX月XX日", kind: "date" },
    ]);
    expect(detectBlanks("2025年X月X日")).toEqual([{ index: 5, length: 4, match: "X月X日", kind: "date" }]);
    expect(detectBlanks("X年")[0]).toMatchObject({ match: "X年", kind: "date" });
    expect(detectBlanks("X月份")[0]).toMatchObject({ match: "X月", kind: "date" });
    expect(detectBlanks("X月X号")[0]).toMatchObject({ match: "X月X号", kind: "date" });
    expect(detectBlanks("于X日前")[0]).toMatchObject({ match: "X日", kind: "date" });
  });

  it("keeps a decimal placeholder together", () => {
    expect(detectBlanks("增长X.X%")).toEqual([{ index: 2, length: 3, match: "X.X", kind: "figure" }]);
  });

  it("classifies placeholders before organisation words as names", () => {
    expect(detectBlanks("XX社区")).toEqual([{ index: 0, length: 2, match: "XX", kind: "name" }]);
    expect(detectBlanks("在X党工委领导下")[0].kind).toBe("name");
    expect(detectBlanks("X街道")[0].kind).toBe("name");
    // 处 and 个 are measure words here, so these stay figures.
    expect(detectBlanks("文化广场X处")[0].kind).toBe("figure");
    expect(detectBlanks("X个社区")[0].kind).toBe("figure");
  });

  it("finds underscore runs, ASCII and full-width", () => {
    expect(detectBlanks("__")).toEqual([{ index: 0, length: 2, match: "__", kind: "underline" }]);
    // A unit after the slot says what it is (issue 9: ____万元 is a figure).
    expect(detectBlanks("共＿＿场")).toEqual([{ index: 1, length: 2, match: "＿＿", kind: "figure" }]);
    expect(matches("姓名：______")).toEqual(["______"]);
    expect(matches("_＿_")).toEqual(["_＿_"]);
  });

  it("finds empty bracket slots", () => {
    expect(matches("（）")).toEqual(["（）"]);
    expect(matches("（　）")).toEqual(["（　）"]);
    expect(matches("( )")).toEqual(["( )"]);
    expect(matches("【 】")).toEqual(["【 】"]);
  });

  it("finds symbol marks", () => {
    expect(detectBlanks("○○社区")).toEqual([{ index: 0, length: 2, match: "○○", kind: "mark" }]);
    expect(detectBlanks("□□□单位")[0]).toMatchObject({ match: "□□□", kind: "mark" });
  });

  it("flags a placeholder beside Chinese text even with spaces around it", () => {
    expect(matches("开展宣讲 X 场")).toEqual(["X"]);
  });

  it("does not let Latin text on a previous line hide a placeholder", () => {
    expect(detectBlanks("iPhone\nX场")).toEqual([{ index: 7, length: 1, match: "X", kind: "figure" }]);
  });

  it("flags an attachment list placeholder after its number", () => {
    expect(matches("附件：1.×××")).toEqual(["×××"]);
  });

  it("flags X before a non-word such as XX射线 or ×光", () => {
    expect(matches("XX射线")).toEqual(["XX"]);
    expect(matches("×光")).toEqual(["×"]);
  });

  it("counts UTF-16 positions after astral characters", () => {
    // 𠀀 is one character but two UTF-16 code units.
    expect(detectBlanks("𠀀X场")).toEqual([{ index: 2, length: 1, match: "X", kind: "figure" }]);
  });
});

describe("detectBlanks: text that is not a blank", () => {
  it.each([
    "X射线",
    "X光机",
    "拍X线片",
    "X型腿",
    "X轴坐标",
    "X染色体",
    "X世代青年",
    "Windows XP",
    "型号HX-200",
    "iPhone X",
    "iPhone X发布会",
    "Excel",
    "x86",
    "X86",
    "COVID-19",
    "Xbox",
    "X-200型设备",
    "X.509证书",
    "Ｘ８６",
    "规格3×4米",
    "210 × 297 mm",
    "二○○五年",
    "二○○五",
    "某单位",
    "某些社区",
    "_",
    "snake_case",
    "__init__",
    "()",
    "（注）",
    "2024年10月18日",
  ])("%s", (text) => {
    expect(detectBlanks(text)).toEqual([]);
  });

  it("steps over metric tokens whose keys contain x or double underscores", () => {
    expect(detectBlanks("开展宣讲{{m:max_x}}，服务{{m:a__b}}，共{{m:x}}")).toEqual([]);
  });

  it("still flags a blank next to a metric token", () => {
    expect(detectBlanks("{{m:talks}}X场")).toEqual([{ index: 11, length: 1, match: "X", kind: "figure" }]);
  });

  it("returns nothing for empty text", () => {
    expect(detectBlanks("")).toEqual([]);
    expect(countBlanks("")).toBe(0);
  });
});

describe("detectBlanksInReport", () => {
  it("locates blanks in headings, bodies and empty metrics, in reading order", () => {
    const locations = detectBlanksInReport({
      sections: [
        { id: "s1", heading: "抓实理论宣讲，推动政策进X社区。", body: "开展宣讲X场，覆盖居民{{m:reach}}。" },
        { id: "s2", heading: "深化文明创建。", body: "于X月X日召开表彰会，投资{{m:invest}}。" },
      ],
      metrics: [
        { id: "m1", key: "reach", label: "覆盖居民人次", value: 5200 },
        { id: "m2", key: "invest", label: "投资金额", value: null },
      ],
    });
    expect(locations).toEqual([
      { target: "section-heading", id: "s1", index: 12, length: 1, match: "X", kind: "name" },
      { target: "section-body", id: "s1", index: 4, length: 1, match: "X", kind: "figure" },
      { target: "section-body", id: "s2", index: 1, length: 4, match: "X月X日", kind: "date" },
      { target: "metric", id: "m2", label: "投资金额" },
    ]);
  });

  it("does not treat metric tokens as blanks and treats a zero value as filled", () => {
    expect(
      detectBlanksInReport({
        sections: [{ id: "s1", heading: "理论宣讲扎实开展。", body: "宣讲{{m:max_x}}，研讨{{m:x__y}}。" }],
        metrics: [{ id: "m1", key: "max_x", label: "宣讲场次", value: 0 }],
      }),
    ).toEqual([]);
  });

  it("reports every empty metric even when no text quotes it", () => {
    const locations = detectBlanksInReport({
      sections: [],
      metrics: [
        { id: "a", key: "a", label: "甲", value: null },
        { id: "b", key: "b", label: "乙", value: 3 },
        { id: "c", key: "c", label: "丙", value: null },
      ],
    });
    expect(locations.map((l) => l.id)).toEqual(["a", "c"]);
    expect(locations.every((l) => l.target === "metric")).toBe(true);
  });

  it("returns nothing for an empty report", () => {
    expect(detectBlanksInReport({ sections: [], metrics: [] })).toEqual([]);
  });
});

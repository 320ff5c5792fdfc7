import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectBlanks, parseMetricTokens, renderMetrics } from "@/lib/reports/text";
import { METRICS } from "@/prisma/seed-data";
import { bindTemplateBlanks, type TemplateMetric } from "./bind-template-blanks";

const template = readFileSync("prisma/fixtures/template-2025-culture-summary.txt", "utf8");

/**
 * Tokens printed as X + unit, placeholder runs (XX, Ｘ) read as X: undoes a binding, so equality with
 * the input proves each token took the place of a blank and its own unit.
 */
function unbind(text: string, metrics: readonly TemplateMetric[]): string {
  const printed = renderMetrics(text, new Map(metrics.map((m) => [m.key, { value: null, unit: m.unit }])));
  return printed.replace(/[XxＸｘ×]+/g, "X");
}

const figureBlanks = (text: string) => detectBlanks(text).filter((b) => b.kind === "figure");

describe("bindTemplateBlanks on the 2025 culture template", () => {
  const result = bindTemplateBlanks(template, METRICS);

  it("binds all 20 template figures, each once, in text order", () => {
    expect(figureBlanks(template)).toHaveLength(33);
    expect(result.bound).toEqual([
      "lecture_teams", "lectures", "study_sessions", "seminars", "research_reports",
      "role_models", "conventions", "posters",
      "volunteer_teams", "volunteers", "volunteer_growth", "volunteer_activities", "service_hours",
      "investment", "reading_rooms", "culture_squares", "visitors",
      "festivals", "contests", "awards",
    ]);
    expect(parseMetricTokens(result.text).map((t) => t.key)).toEqual(result.bound);
  });

  // Decided by reading the template: the words before each X and the figure they mean.
  it.each([
    ["宣讲小分队", "lecture_teams", "，全年"],
    ["楼栋开展宣讲", "lectures", "，覆盖"],
    ["组织机关干部集中学习", "study_sessions", "，开展"],
    ["开展专题研讨", "seminars", "，形成"],
    ["形成调研报告", "research_reports", "。依托"],
    ["优秀志愿者等先进典型", "role_models", "，并于X月X日"],
    ["修订完善居民公约", "conventions", "，引导"],
    ["全年张贴公益广告", "posters", "。\n"],
    ["新组建志愿服务队", "volunteer_teams", "，注册"],
    ["注册志愿者达到", "volunteers", "，较上年"],
    ["较上年增长", "volunteer_growth", "。坚持"],
    ["文明交通等志愿活动", "volunteer_activities", "，累计"],
    ["累计服务时长", "service_hours", "。\n"],
    ["水平。投资", "investment", "对街道"],
    ["新建社区书屋", "reading_rooms", "、文化广场"],
    ["、文化广场", "culture_squares", "，全年"],
    ["全年接待群众", "visitors", "。推动"],
    ["端午包粽等主题活动", "festivals", "，参与"],
    ["参加区级比赛", "contests", "，获得"],
    ["获得奖项", "awards", "。邀请"],
  ])("%s X → {{m:%s}}", (before, key, after) => {
    expect(result.text).toContain(`${before}{{m:${key}}}${after}`);
  });

  it("replaces exactly an X and its own unit, never a blank of another unit", () => {
    expect(unbind(result.text, METRICS)).toBe(template);
  });

  it("leaves the other 13 figure blanks and every date and name blank as text", () => {
    const after = detectBlanks(result.text);
    expect(after.filter((b) => b.kind === "figure")).toHaveLength(33 - 20);
    expect(after.filter((b) => b.kind !== "figure").map((b) => b.match)).toEqual(
      detectBlanks(template).filter((b) => b.kind !== "figure").map((b) => b.match),
    );
    for (const kept of [
      "在X党工委",
      "覆盖居民X余人次", // approximate: the chip would drop 余
      "学习内容X条", // no template figure counts 条
      "线上答题X余人次",
      "并于X月X日",
      "婚丧事宜X起", // no template figure counts 起
      "推动X个社区", // nothing before the X names it
      "X社区、X社区",
      "参与群众X余人",
      "送戏进社区演出X场", // not one of the 20 figures
      "不少于X部",
      "分众化宣讲不少于X场", // 2026 targets are not 2025 figures
      "注册志愿者人数达到X人",
      "服务时长突破X小时",
      "完成X个社区",
      "系列活动不少于X场",
    ]) {
      expect(result.text).toContain(kept);
    }
  });

  it("gives the same result section by section when `used` is carried along", () => {
    const used = new Set<string>();
    const parts = template.split("\n").map((line) => bindTemplateBlanks(line, METRICS, used));
    expect(parts.map((p) => p.text).join("\n")).toBe(result.text);
    expect(parts.flatMap((p) => p.bound)).toEqual(result.bound);
    expect([...used].sort()).toEqual([...result.bound].sort());
  });
});

const lectures = { key: "lectures", label: "开展宣讲", unit: "场" };
const volunteers = { key: "volunteers", label: "注册志愿者", unit: "人" };

describe("bindTemplateBlanks: what binds", () => {
  it("binds any placeholder letter and the unit with it", () => {
    for (const x of ["X", "XX", "x", "Ｘ", "×"]) {
      expect(bindTemplateBlanks(`开展宣讲${x}场。`, [lectures]).text, x).toBe("开展宣讲{{m:lectures}}。");
    }
  });

  it("matches a label by its longest shared run of at least 2 characters", () => {
    const m = [
      { key: "teams", label: "宣讲小分队", unit: "支" },
      { key: "rooms", label: "新建社区书屋", unit: "个" },
      { key: "investment", label: "文化阵地投资", unit: "万元" },
      { key: "growth", label: "注册志愿者增长率", unit: "%" },
    ];
    expect(bindTemplateBlanks("组建宣讲小分队X支", m).text).toBe("组建宣讲小分队{{m:teams}}");
    expect(bindTemplateBlanks("，新建社区书屋X个", m).text).toBe("，新建社区书屋{{m:rooms}}");
    expect(bindTemplateBlanks("投资X万元对中心改造", m).text).toBe("投资{{m:investment}}对中心改造");
    expect(bindTemplateBlanks("较上年增长X%", m).text).toBe("较上年增长{{m:growth}}");
  });

  it("lets the strongest match win among metrics of one unit, whatever their order", () => {
    const m = [
      { key: "seminars", label: "专题研讨", unit: "次" },
      { key: "study", label: "机关干部集中学习", unit: "次" },
    ];
    const text = "组织机关干部集中学习X次，开展专题研讨X次。";
    const want = "组织机关干部集中学习{{m:study}}，开展专题研讨{{m:seminars}}。";
    expect(bindTemplateBlanks(text, m).text).toBe(want);
    expect(bindTemplateBlanks(text, [...m].reverse()).text).toBe(want);
  });

  it("gives a metric to its best blank, not merely its first", () => {
    expect(bindTemplateBlanks("社区宣讲X场；开展宣讲X场。", [lectures]).text).toBe("社区宣讲X场；开展宣讲{{m:lectures}}。");
  });

  it("breaks a tie by the nearer words, then by the earlier blank", () => {
    const m = [
      { key: "rooms", label: "书屋建设", unit: "个" },
      { key: "squares", label: "广场建设", unit: "个" },
    ];
    expect(bindTemplateBlanks("书屋广场X个", m)).toEqual({ text: "书屋广场{{m:squares}}", bound: ["squares"] });
    expect(bindTemplateBlanks("开展宣讲X场，开展宣讲X场", [lectures]).text).toBe("开展宣讲{{m:lectures}}，开展宣讲X场");
  });

  it("binds a figure once per call and skips keys already used", () => {
    const used = new Set(["lectures"]);
    expect(bindTemplateBlanks("开展宣讲X场", [lectures], used)).toEqual({ text: "开展宣讲X场", bound: [] });
    const fresh = new Set<string>();
    expect(bindTemplateBlanks("开展宣讲X场", [lectures], fresh).bound).toEqual(["lectures"]);
    expect(fresh).toEqual(new Set(["lectures"]));
  });

  it("keeps existing tokens and numbers", () => {
    const text = "开展宣讲{{m:lectures}}，注册志愿者达到X人，共86场";
    expect(bindTemplateBlanks(text, [lectures, volunteers]).text).toBe(
      "开展宣讲{{m:lectures}}，注册志愿者达到{{m:volunteers}}，共86场",
    );
  });
});

describe("bindTemplateBlanks: what stays a blank", () => {
  it("needs the same unit, read longest-first", () => {
    expect(bindTemplateBlanks("注册志愿者达到X人次", [volunteers]).bound).toEqual([]);
    expect(bindTemplateBlanks("开展宣讲X次", [lectures]).bound).toEqual([]);
    expect(bindTemplateBlanks("开展宣讲X", [lectures]).bound).toEqual([]);
  });

  it("leaves approximate figures, ordinals and targets", () => {
    const m = [{ key: "reach", label: "覆盖居民", unit: "人次" }, lectures];
    for (const text of ["覆盖居民X余人次", "覆盖居民X多人次", "开展宣讲第X场", "年内开展宣讲不少于X场", "力争开展宣讲X场"]) {
      expect(bindTemplateBlanks(text, m).text, text).toBe(text);
    }
  });

  it("never touches date or name blanks", () => {
    const m = [
      { key: "month", label: "表彰会月份", unit: "月" },
      { key: "year", label: "表彰会年份", unit: "年" },
      { key: "place", label: "青山街道", unit: "社区" },
      { key: "office", label: "青山街道", unit: "党工委" },
    ];
    for (const text of ["表彰会月份X月X日", "表彰会年份X年", "青山街道X社区", "青山街道X党工委"]) {
      expect(bindTemplateBlanks(text, m).text, text).toBe(text);
    }
  });

  it("needs the naming words in the same clause, within 12 characters, after any earlier figure", () => {
    expect(bindTemplateBlanks("开展宣讲。X场", [lectures]).bound).toEqual([]);
    expect(bindTemplateBlanks("开展宣讲；X场", [lectures]).bound).toEqual([]);
    expect(bindTemplateBlanks("开展宣讲\nX场", [lectures]).bound).toEqual([]);
    expect(bindTemplateBlanks("开展宣讲，X场", [lectures]).bound).toEqual(["lectures"]);
    // 宣讲 (the part of the label that is not generic) must lie inside the 12 characters.
    expect(bindTemplateBlanks(`开展宣讲${"的".repeat(11)}X场`, [lectures]).bound).toEqual([]);
    expect(bindTemplateBlanks(`开展宣讲${"的".repeat(10)}X场`, [lectures]).bound).toEqual(["lectures"]);
    expect(bindTemplateBlanks("开展宣讲4场、X场", [lectures]).bound).toEqual([]);
    expect(bindTemplateBlanks("开展宣讲X次、X场", [lectures]).bound).toEqual([]);
  });

  it("does not bind on generic words alone", () => {
    expect(bindTemplateBlanks("邀请院团开展送戏演出X场", [lectures]).bound).toEqual([]);
    expect(bindTemplateBlanks("主题活动X场", [{ key: "other", label: "系列活动", unit: "场" }]).bound).toEqual([]);
  });

  it("ignores metrics without a unit or with a key the token syntax cannot carry", () => {
    expect(bindTemplateBlanks("开展宣讲X", [{ ...lectures, unit: "" }]).bound).toEqual([]);
    expect(bindTemplateBlanks("开展宣讲X场", [{ ...lectures, key: "Lectures" }]).bound).toEqual([]);
  });
});

describe("bindTemplateBlanks: properties", () => {
  const m: TemplateMetric[] = [
    lectures,
    volunteers,
    { key: "reach", label: "覆盖居民", unit: "人次" },
    { key: "visitors", label: "接待群众", unit: "万人次" },
    { key: "growth", label: "增长率", unit: "%" },
  ];
  const piece = fc.constantFrom(
    "开展", "宣讲", "注册", "志愿者", "覆盖居民", "接待群众", "增长", "X", "XX", "Ｘ", "余", "第", "场", "人", "人次",
    "万人次", "%", "月", "日", "社区", "，", "。", "\n", "86", "{{m:lectures}}", "不少于",
  );

  it("only swaps X+unit for the metric's token, each metric at most once, none already used", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.subarray(m.map((x) => x.key)), (pieces, pre) => {
        const text = pieces.join("");
        const used = new Set(pre);
        const { text: out, bound } = bindTemplateBlanks(text, m, used);
        expect(unbind(out, m)).toBe(unbind(text, m));
        expect(new Set(bound).size).toBe(bound.length);
        for (const key of bound) expect(pre).not.toContain(key);
        expect(parseMetricTokens(out)).toHaveLength(parseMetricTokens(text).length + bound.length);
        expect(figureBlanks(out).length).toBe(figureBlanks(text).length - bound.length);
      }),
    );
  });
});

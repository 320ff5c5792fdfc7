import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { findRegisterTotalIssues, findTextTotalIssues, findTextTotals } from "./figure-totals";

const none = new Map<string, { value: number | null; unit: string }>();

describe("findTextTotalIssues — 其中", () => {
  it("flags parts that exceed the whole", () => {
    const text = "全年服务群众5200人次，其中老年人3100人次、儿童2500人次。";
    const [issue, ...rest] = findTextTotalIssues(text, none);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ problem: "exceeds", total: 5200, sum: 5600, unit: "人次" });
    expect(text.slice(issue!.index, issue!.index + issue!.length)).toBe("5200");
  });

  it("accepts parts within the whole, and parts of another unit", () => {
    expect(findTextTotalIssues("服务群众5200人次，其中老年人3100人次、儿童2000人次。", none)).toEqual([]);
    expect(findTextTotalIssues("开展活动20场，其中参与群众3000人次。", none)).toEqual([]);
    expect(findTextTotalIssues("开展活动20场，其中线上活动占比60%。", none)).toEqual([]);
  });

  it("reads chips at their register value", () => {
    const figures = new Map([
      ["served", { value: 5200, unit: "人次" }],
      ["elderly", { value: 5600, unit: "人次" }],
    ]);
    expect(findTextTotalIssues("服务群众{{m:served}}，其中老年人{{m:elderly}}。", figures)).toMatchObject([{ problem: "exceeds", total: 5200, sum: 5600 }]);
    figures.set("elderly", { value: 3100, unit: "人次" });
    expect(findTextTotalIssues("服务群众{{m:served}}，其中老年人{{m:elderly}}。", figures)).toEqual([]);
  });

  it("gives an approximate whole the room of its last digit", () => {
    expect(findTextTotalIssues("覆盖居民5200余人次，其中老年人3100人次、儿童2150人次。", none)).toEqual([]);
    expect(findTextTotalIssues("覆盖居民5200余人次，其中老年人3100人次、儿童2300人次。", none)).toHaveLength(1);
  });

  it("stops the parts at a 合计 that restates the whole, and at the sentence end", () => {
    expect(findTextTotalIssues("服务5200人次，其中老年人3100人次、儿童2100人次，合计5200人次。", none)).toEqual([]);
    expect(findTextTotalIssues("服务群众300人次，其中老年人200人次。另组织义诊服务群众900人次。", none)).toEqual([]);
  });
});

describe("findTextTotalIssues — 合计 / 共计 / 总计", () => {
  it("flags a list that does not add up to its total", () => {
    const issues = findTextTotalIssues("开展理论宣讲40场、政策宣讲36场，合计86场。", none);
    expect(issues).toMatchObject([{ problem: "sumMismatch", total: 86, sum: 76, unit: "场" }]);
  });

  it("accepts a list that adds up, and leaves running totals (累计, a single part) alone", () => {
    expect(findTextTotalIssues("开展理论宣讲40场、政策宣讲46场，合计86场。", none)).toEqual([]);
    expect(findTextTotalIssues("旧存案件120件、新收980件，共计收案1100件。", none)).toEqual([]);
    expect(findTextTotalIssues("今年新增志愿者50人，累计注册志愿者470人。", none)).toEqual([]);
    expect(findTextTotalIssues("今年新增志愿者50人，共计470人。", none)).toEqual([]);
  });

  it("reads the list after a 其中 only", () => {
    expect(findTextTotalIssues("共开展活动5场，其中文艺演出2场、电影放映3场，合计5场。", none)).toEqual([]);
    expect(findTextTotalIssues("共开展活动5场，其中文艺演出2场、电影放映2场，合计5场。", none)).toMatchObject([{ problem: "sumMismatch", sum: 4 }]);
  });
});

describe("findTextTotals on the filled 2024 fixture", () => {
  it("raises nothing on the must-stay-clean report", () => {
    const text = readFileSync(new URL("../../prisma/fixtures/filled-2024-culture-summary.txt", import.meta.url), "utf8");
    expect(findTextTotalIssues(text, none)).toEqual([]);
    // 全年宣讲不少于100场，其中面向青年不少于20场: read as a whole and its part, and found to fit.
    expect(findTextTotals(text, none)).toMatchObject([{ rule: "parts", total: { value: 100 }, parts: [{ value: 20 }] }]);
  });
});

describe("findRegisterTotalIssues", () => {
  const base = [
    { key: "served", value: 5200, unit: "人次", partsMode: null },
    { key: "elderly", value: 3100, unit: "人次", partOfKey: "served" },
    { key: "children", value: 2500, unit: "人次", partOfKey: "served" },
  ];

  it("flags declared parts that exceed their total", () => {
    expect(findRegisterTotalIssues(base)).toEqual([{ problem: "exceeds", key: "served", total: 5200, sum: 5600, unit: "人次", partKeys: ["elderly", "children"] }]);
  });

  it("checks a 合计 total for an exact sum once every part has a value", () => {
    const sum = (children: number | null) => [
      { key: "served", value: 5200, unit: "人次", partsMode: "SUM" },
      { key: "elderly", value: 3100, unit: "人次", partOfKey: "served" },
      { key: "children", value: children, unit: "人次", partOfKey: "served" },
    ];
    expect(findRegisterTotalIssues(sum(2000))).toMatchObject([{ problem: "sumMismatch", sum: 5100 }]);
    expect(findRegisterTotalIssues(sum(2100))).toEqual([]);
    expect(findRegisterTotalIssues(sum(null))).toEqual([]);
  });

  it("accepts parts within a 其中 total, and ignores unknown or self references", () => {
    expect(findRegisterTotalIssues([{ ...base[0]! }, { ...base[1]! }, { ...base[2]!, value: 2000 }])).toEqual([]);
    expect(findRegisterTotalIssues([{ key: "a", value: 1, unit: "个", partOfKey: "a" }, { key: "b", value: 9, unit: "个", partOfKey: "nope" }])).toEqual([]);
  });
});

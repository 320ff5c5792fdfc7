// Issue 9: the placeholder conventions of real templates, and the look-alikes that must stay clean.
import { describe, expect, it } from "vitest";
import { detectBlanks, detectPossibleBlanks, type BlankKind } from "./detect-blanks";

const found = (text: string) => detectBlanks(text).map((b) => [b.match, b.kind] as [string, BlankKind]);

describe("detectBlanks: conventions of real templates", () => {
  it.each<[string, Array<[string, BlankKind]>]>([
    // runs of every placeholder sign
    ["开展活动XX场", [["XX", "figure"]]],
    ["开展活动xx场", [["xx", "figure"]]],
    ["开展活动××场", [["××", "figure"]]],
    ["开展活动ＸＸ场", [["ＸＸ", "figure"]]],
    ["开展活动＊＊场", [["＊＊", "figure"]]],
    ["开展活动**场", [["**", "figure"]]],
    ["开展活动##场", [["##", "figure"]]],
    ["○○社区", [["○○", "mark"]]],
    ["□□单位", [["□□", "mark"]]],
    ["开展活动____场", [["____", "figure"]]],
    ["开展活动＿＿场", [["＿＿", "figure"]]],
    // decimals
    ["增长X.X%", [["X.X", "figure"]]],
    ["实现产值*.*亿元", [["*.*", "figure"]]],
    ["投资x.6億元", [["x", "figure"]]],
    // partly filled years and dates
    ["20__年工作总结", [["20__年", "date"]]],
    ["20XX年工作总结", [["20XX年", "date"]]],
    ["20**年工作总结", [["20**年", "date"]]],
    ["20xx年4月", [["20xx年", "date"]]],
    ["201X年", [["201X年", "date"]]],
    ["于_月_日召开", [["_月_日", "date"]]],
    ["于__月__日召开", [["__月__日", "date"]]],
    ["*——*月份", [["*", "date"], ["*月", "date"]]],
    ["XX年转眼即逝", [["XX年", "date"]]],
    // single underscore between Chinese characters
    ["共开展_场活动", [["_", "figure"]]],
    ["由_负责", [["_", "underline"]]],
    // brackets
    ["（）", [["（）", "underline"]]],
    ["【 】", [["【 】", "underline"]]],
    ["【待补】", [["【待补】", "underline"]]],
    ["【待核实】万元", [["【待核实】", "figure"]]],
    ["主要原因包括[具体原因]。", [["[具体原因]", "underline"]]],
    ["结案率达到[X]%", [["X", "figure"]]],
    // names
    ["某某同志", [["某某", "name"]]],
    ["表彰×××同志", [["×××", "name"]]],
    ["X居委会", [["X", "name"]]],
    ["在X的领导下", [["X", "name"]]],
    ["战士X", [["X", "name"]]],
    ["市委*書記", [["*", "name"]]],
    ["市政协主席*等", [["*", "name"]]],
    ["安置在xx新村", [["xx", "name"]]],
    ["完善xx招商辦事處管理機制", [["xx", "name"]]],
    ["由***农业发展有限公司牵头", [["***", "name"]]],
    ["围绕“XXXX”的工作主题", [["XXXX", "name"]]],
    ["六个XX建设目标", [["XX", "name"]]],
    ["*镇锚定目标", [["*", "name"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("detectBlanks: look-alikes that are not blanks", () => {
  it.each([
    "X射线",
    "X光检查",
    "“X”字路口是交通术语",
    "共7400余人",
    "百余人次",
    "近千户",
    "二○○九年",
    "二○○九",
    "型号HX-200",
    "Windows XP",
    "投资3.5万元",
    "1-11月",
    "**重点任务**",
    "这是**重点**工作",
    "# 标题",
    "* 开展理论宣讲",
    "正文\n  ＊ 开展志愿服务",
    "## 工作总结",
    "#学习强国#话题",
    "规格3*4米",
    "新来的客人请【点此注册】加入会员",
    "引用文献[1]",
    "1名员额法官 + 1名法官助理",
    "2024年10月18日",
    "版本X.509证书",
  ])("%s", (text) => {
    expect(detectBlanks(text)).toEqual([]);
  });
});

describe("detectPossibleBlanks", () => {
  it("flags a space left where a figure was deleted before a unit", () => {
    expect(detectPossibleBlanks("收缴基金 万元")).toEqual([{ index: 4, length: 1, match: " ", kind: "figure" }]);
    expect(detectPossibleBlanks("开展活动 场，覆盖群众 人次。").map((b) => b.index)).toEqual([4, 11]);
    expect(detectPossibleBlanks("开展活动　场")).toHaveLength(1);
  });

  it("leaves spaces after digits, between words and around real blanks alone", () => {
    expect(detectPossibleBlanks("妥善审结案件270 件")).toEqual([]);
    expect(detectPossibleBlanks("完成国内生产总值5 9亿元")).toEqual([]);
    expect(detectPossibleBlanks("武昌区人民法院院长 邓永清")).toEqual([]);
    expect(detectPossibleBlanks("开展活动 X 场")).toEqual([]);
    expect(detectPossibleBlanks("")).toEqual([]);
  });
});

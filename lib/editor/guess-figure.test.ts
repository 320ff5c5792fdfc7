import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guessFigure } from "./guess-figure";

/** Guess for the first occurrence of `literal` after `after` (a piece of text that precedes it). */
function guess(text: string, literal: string, after = "") {
  const start = text.indexOf(literal, after ? text.indexOf(after) + after.length : 0);
  if (start < 0) throw new Error(`${literal} not in ${text}`);
  return guessFigure(text, start, start + literal.length);
}

describe("guessFigure: the brief's examples", () => {
  it("开展宣讲86场, with a 、 list of places before it", () => {
    expect(guess("，全年深入社区、楼栋开展宣讲86场，", "86")).toEqual({
      value: 86,
      label: "开展宣讲",
      unit: "场",
      unitLength: 1,
    });
  });

  it("drops a trailing 达到: 注册志愿者达到47人", () => {
    expect(guess("注册志愿者达到47人", "47")).toEqual({ value: 47, label: "注册志愿者", unit: "人", unitLength: 1 });
  });

  it("投资85万元对… reads 万元, not 元", () => {
    expect(guess("投资85万元对街道综合文化服务中心进行改造", "85")).toEqual({
      value: 85,
      label: "投资",
      unit: "万元",
      unitLength: 2,
    });
  });

  it("skips 余 before the unit and covers it in unitLength", () => {
    expect(guess("覆盖居民X余人次。", "X")).toEqual({ value: null, label: "覆盖居民", unit: "人次", unitLength: 3 });
    expect(guess("参与群众5200余人。", "5200")).toEqual({ value: 5200, label: "参与群众", unit: "人", unitLength: 2 });
    expect(guess("服务时长300多小时", "300")).toMatchObject({ unit: "小时", unitLength: 3 });
  });

  it("keeps 增长 in 较上年增长12.5%", () => {
    expect(guess("注册志愿者1860人，较上年增长12.5%。", "12.5")).toEqual({
      value: 12.5,
      label: "较上年增长",
      unit: "%",
      unitLength: 1,
    });
  });
});

describe("guessFigure: value", () => {
  it("parses integers, decimals and grouped thousands", () => {
    expect(guess("投入1,200万元", "1,200").value).toBe(1200);
    expect(guess("投入1,234,567.5元", "1,234,567.5").value).toBe(1234567.5);
    expect(guess("增长0.5%", "0.5").value).toBe(0.5);
  });

  it("reads full-width digits", () => {
    expect(guess("开展宣讲８６场", "８６").value).toBe(86);
  });

  it("is null for placeholders of any width or length", () => {
    for (const blank of ["X", "XX", "x", "Ｘ", "ｘ", "×", "X.X", "X余", "XX多"]) {
      expect(guess(`开展宣讲${blank}场`, blank).value, blank).toBeNull();
    }
  });

  it("is null for a range that is not a number", () => {
    expect(guess("开展宣讲若干场", "若干").value).toBeNull();
    expect(guess("开展宣讲86场", "").value).toBeNull();
    expect(guess("12.5.3版", "12.5.3").value).toBeNull();
  });

  it("counts a 余 inside the range as part of the blank, not the unit", () => {
    const text = "覆盖居民X余人次";
    expect(guessFigure(text, 4, 6)).toEqual({ value: null, label: "覆盖居民", unit: "人次", unitLength: 2 });
  });

  it("rejects a range outside the text", () => {
    expect(() => guessFigure("86场", 2, 1)).toThrow(RangeError);
    expect(() => guessFigure("86场", 0, 9)).toThrow(RangeError);
    expect(() => guessFigure("86场", -1, 1)).toThrow(RangeError);
  });
});

describe("guessFigure: unit", () => {
  it("takes the longest unit", () => {
    expect(guess("接待群众6.8万人次", "6.8").unit).toBe("万人次");
    expect(guess("覆盖居民800人次", "800").unit).toBe("人次");
    expect(guess("提高2个百分点", "2").unit).toBe("个百分点");
    expect(guess("新建社区书屋3个、", "3").unit).toBe("个");
    expect(guess("改造面积1200平方米", "1200").unit).toBe("平方米");
  });

  it("knows every COMMON_UNITS entry and the brief's measure words", () => {
    for (const unit of ["次", "场", "人", "户", "起", "部", "名", "期", "件", "所", "座", "台", "辆", "公里", "亩", "吨", "亿元", "天"]) {
      expect(guess(`完成3${unit}。`, "3").unit, unit).toBe(unit);
    }
  });

  it("is empty when no unit follows", () => {
    expect(guess("得分98，", "98")).toMatchObject({ unit: "", unitLength: 0 });
    // A bare 多 without a unit is not swallowed.
    expect(guess("得分98多，", "98")).toMatchObject({ unit: "", unitLength: 0 });
    expect(guess("共98", "98")).toMatchObject({ unit: "", unitLength: 0 });
  });
});

describe("guessFigure: label", () => {
  it("stops at punctuation and at the start of a line", () => {
    expect(guess("全年工作总结如下：\n张贴公益广告140幅", "140").label).toBe("张贴公益广告");
    expect(guess("（一）组建宣讲小分队4支", "4").label).toBe("组建宣讲小分队");
    expect(guess("“邻里说”宣讲小分队4支", "4").label).toBe("宣讲小分队");
  });

  it("drops leading counting words, repeatedly", () => {
    expect(guess("，全年共开展志愿活动210次", "210").label).toBe("开展志愿活动");
    expect(guess("，累计服务时长15600小时", "15600").label).toBe("服务时长");
    expect(guess("，年内推出短视频作品5部", "5").label).toBe("推出短视频作品");
    expect(guess("，共计接待群众6.8万人次", "6.8").label).toBe("接待群众");
  });

  it("keeps 新 when it is part of the verb", () => {
    expect(guess("，新建社区书屋3个", "3").label).toBe("新建社区书屋");
    expect(guess("，新增志愿者200人", "200").label).toBe("新增志愿者");
    expect(guess("，新组建志愿服务队5支", "5").label).toBe("组建志愿服务队");
  });

  it("drops trailing counting words", () => {
    expect(guess("，服务时长突破15600小时", "15600").label).toBe("服务时长");
    expect(guess("，参与群众约500人", "500").label).toBe("参与群众");
    expect(guess("，短视频作品不少于5部", "5").label).toBe("短视频作品");
    expect(guess("，参与人数超过300人", "300").label).toBe("参与人数");
  });

  it("does not cut nouns that end like a counting word", () => {
    expect(guess("，修订完善居民公约9份", "9").label).toBe("修订完善居民公约");
    expect(guess("，劝导不文明行为12起", "12").label).toBe("劝导不文明行为");
  });

  it("takes the words after 等 that close a 、 list", () => {
    expect(guess("共评出好邻居、好家庭、优秀志愿者等先进典型32人", "32").label).toBe("先进典型");
    expect(guess("举办春节联欢、元宵灯谜、端午包粽等主题活动18场", "18").label).toBe("主题活动");
  });

  it("does not take the previous figure's unit as a label", () => {
    expect(guess("投入85万元建设书屋3个", "3").label).toBe("建设书屋");
    expect(guess("覆盖居民X余人次参与答题X次", "X", "人次").label).toBe("参与答题");
    expect(guess("宣讲{{m:lectures}}场次覆盖居民800人次", "800").label).toBe("覆盖居民");
  });

  it("keeps at most 12 characters, from the end, starting at a verb when one is there", () => {
    expect(guess("，邀请专业院团开展送戏进社区演出3场", "3").label).toBe("开展送戏进社区演出");
    const long = guess("，街道社区综合文化服务中心图书馆分馆藏书8000册", "8000").label;
    expect(long).toBe("合文化服务中心图书馆分馆藏书".slice(-12));
    expect(long).toHaveLength(12);
  });

  it("is empty when nothing names the figure", () => {
    expect(guess("86场", "86").label).toBe("");
    expect(guess("，共计86场", "86").label).toBe("");
    expect(guess("Total 86场", "86").label).toBe("");
  });

  it("never returns a label longer than 12 characters or containing punctuation (property)", () => {
    const piece = fc.constantFrom("开展", "宣讲", "，", "、", "。", "全年", "达到", "共", "X", "86", "{{m:a}}", "场", "\n", "居民", "余", "等");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.array(piece, { maxLength: 5 }), (before, after) => {
        const head = before.join("");
        const text = `${head}86${after.join("")}`;
        const g = guessFigure(text, head.length, head.length + 2);
        expect(g.label.length).toBeLessThanOrEqual(12);
        expect(g.label).toMatch(/^\p{Script=Han}*$/u);
        expect(head.includes(g.label)).toBe(true);
        expect(g.value).toBe(86);
        expect(text.slice(head.length + 2, head.length + 2 + g.unitLength).endsWith(g.unit)).toBe(true);
      }),
    );
  });
});

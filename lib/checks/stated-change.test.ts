import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkStatedChanges, findStatedChanges, type ChangeCheckMetric } from "./stated-change";
import { parseChineseNumeral } from "./chinese-numeral";

type Metric = ChangeCheckMetric;
const metric = (label: string, value: number | null, previousValue: number | null, unit: string): Metric => ({
  label, value, previousValue, unit,
});

function only(text: string) {
  const changes = findStatedChanges(text);
  expect(changes).toHaveLength(1);
  return changes[0];
}

describe("findStatedChanges", () => {
  it.each([
    ["较上年增长12.5%", "percent", "up", 12.5, 1],
    ["同比增长12%", "percent", "up", 12, 0],
    ["比上年增加8.25%", "percent", "up", 8.25, 2],
    ["增长了30%", "percent", "up", 30, 0],
    ["下降3.2%", "percent", "down", 3.2, 1],
    ["减少15%", "percent", "down", 15, 0],
    ["较去年同期增长 0.3%", "percent", "up", 0.3, 1],
    ["与上年相比，下降5%", "percent", "down", 5, 0],
    ["较2023年增长7%", "percent", "up", 7, 0],
    ["增长１２．５％", "percent", "up", 12.5, 1],
    ["增长百分之十二点五", "percent", "up", 12.5, 1],
    ["增长近20%", "percent", "up", 20, 0],
    ["增长率达到5.2%", "percent", "up", 5.2, 1],
    ["缩短40%", "percent", "down", 40, 0],
    ["增长-3%", "percent", "down", 3, 0],
    ["提高3个百分点", "points", "up", 3, 0],
    ["增加0.5个百分点", "points", "up", 0.5, 1],
    ["下降1.25个百分点", "points", "down", 1.25, 2],
    ["比去年提升 5 个百分点", "points", "up", 5, 0],
    ["翻一番", "multiple", "up", 100, 0],
    ["实现翻番", "multiple", "up", 100, 0],
    ["翻了两番", "multiple", "up", 300, 0],
    ["增长2倍", "multiple", "up", 200, 0],
    ["增长1.5倍", "multiple", "up", 150, 1],
    ["增长两倍", "multiple", "up", 200, 0],
    ["是上年的2.3倍", "multiple", "up", 130, 1],
    ["持平", "flat", "flat", 0, 0],
    ["与上年持平", "flat", "flat", 0, 0],
    ["保持持平", "flat", "flat", 0, 0],
    ["同比基本持平", "flat", "flat", 0, 0],
    ["增加5场", "absolute", "up", 5, 0],
    ["减少120人", "absolute", "down", 120, 0],
    ["较上年多6场", "absolute", "up", 6, 0],
    ["净增7家", "absolute", "up", 7, 0],
    ["增加85.5万元", "absolute", "up", 85.5, 1],
  ] as const)("%s", (text, kind, direction, amount, decimals) => {
    const change = only(text);
    expect(change).toMatchObject({ kind, direction, amount, decimals, index: 0, length: text.length, phrase: text });
  });

  it("records the unit of an absolute change, preferring the longer unit", () => {
    expect(only("增加1.2万人次").unit).toBe("万人次");
    expect(only("增加5场").unit).toBe("场");
  });

  it("reports a token amount by key", () => {
    const change = only("较上年增长{{m:growth}}");
    expect(change.amountKey).toBe("growth");
    expect(change.amount).toBeUndefined();
    expect(only("提高{{m:gap}}个百分点")).toMatchObject({ kind: "points", amountKey: "gap" });
  });

  it("gives offsets into the original text", () => {
    const text = "全年开展活动{{m:events}}，较上年增长12.5%；志愿者提高3个百分点。";
    const [a, b] = findStatedChanges(text);
    expect(text.slice(a.index, a.index + a.length)).toBe("较上年增长12.5%");
    expect(text.slice(b.index, b.index + b.length)).toBe("提高3个百分点");
  });

  it("splits 分别 lists into positioned amounts", () => {
    const changes = findStatedChanges("同比分别增长10.06%和13.05%；");
    expect(changes.map((c) => [c.phrase, c.amount, c.respectively])).toEqual([
      ["同比分别增长10.06%", 10.06, { position: 0, of: 2 }],
      ["13.05%", 13.05, { position: 1, of: 2 }],
    ]);
  });

  it.each([
    "提高到43%", // the new level, not the change
    "下降为3%",
    "占比达25%",
    "完成年度任务的159.34%",
    "工业增加值21.9亿元",
    "很多5个",
    "较去年大幅下降",
    "增长181", // a bare number has no scale to compare
    "环比增长5",
    "是“十五”期末的1.9倍", // not the previous year
    "农业生产保持平稳增长",
    "维持平衡",
    "搭建支持平台",
  ])("finds no change in %s", (text) => {
    expect(findStatedChanges(text)).toEqual([]);
  });

  it("never throws and keeps phrases inside the text", () => {
    const pieces = ["较上年", "增长", "下降", "12.5", "%", "个百分点", "倍", "持平", "翻一番", "{{m:a}}", "，", "。", "5场", "分别", "和"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        for (const c of findStatedChanges(text)) {
          expect(text.slice(c.index, c.index + c.length)).toBe(c.phrase);
          expect(c.amount === undefined ? c.amountKey : c.amount).toBeDefined();
        }
      }),
    );
  });
});

describe("parseChineseNumeral", () => {
  it.each([
    ["三", 3, 0], ["十二", 12, 0], ["二十", 20, 0], ["一百零五", 105, 0], ["两百", 200, 0], ["十二点五", 12.5, 1],
  ] as const)("%s", (text, value, decimals) => {
    expect(parseChineseNumeral(text)).toEqual({ value, decimals });
  });
  it("rejects non-numbers", () => {
    expect(parseChineseNumeral("二三")).toBeNull();
    expect(parseChineseNumeral("十百")).toBeNull();
    expect(parseChineseNumeral("点五")).toBeNull();
  });
});

describe("checkStatedChanges", () => {
  const events = metric("开展活动", 90, 80, "场"); // +12.5%
  const check = (text: string, entries: Record<string, Metric>) =>
    checkStatedChanges(text, new Map(Object.entries(entries)));

  it("accepts a correct increase", () => {
    const [f] = check("全年开展活动{{m:events}}，较上年增长12.5%。", { events });
    expect(f).toMatchObject({ key: "events", ok: true, stated: 12.5, computed: 12.5, kind: "percent", reason: "match" });
    expect(f.message).toBe("“较上年增长12.5%”与指标计算结果相符：开展活动由80场到90场，增长12.5%");
  });

  it("flags a wrong increase", () => {
    const [f] = check("全年开展活动{{m:events}}，较上年增长15%。", { events });
    expect(f.ok).toBe(false);
    expect(f.message).toBe("“较上年增长15%”与指标计算结果不符：开展活动由80场到90场，应为增长12.5%");
  });

  it("flags a wrong direction", () => {
    const [f] = check("开展活动{{m:events}}，下降12.5%。", { events });
    expect(f).toMatchObject({ ok: false, stated: -12.5, computed: 12.5 });
  });

  it("accepts a correct decrease", () => {
    const [f] = check("经费{{m:fund}}，同比下降10%。", { fund: metric("经费", 90, 100, "万元") });
    expect(f).toMatchObject({ ok: true, stated: -10, computed: -10 });
  });

  it("compares at the stated precision", () => {
    const growth = { x: metric("服务人次", 111.63, 100, "人次") }; // +11.63%
    expect(check("服务人次{{m:x}}，增长11.6%", growth)[0].ok).toBe(true);
    expect(check("服务人次{{m:x}}，增长11.7%", growth)[0].ok).toBe(false);
    expect(check("服务人次{{m:x}}，增长12%", growth)[0].ok).toBe(true);
    expect(check("服务人次{{m:x}}，增长11.63%", growth)[0].ok).toBe(true);
    expect(check("服务人次{{m:x}}，增长11.64%", growth)[0].ok).toBe(false);
  });

  it("accepts a truncated figure", () => {
    const x = metric("服务人次", 111.68, 100, "人次"); // +11.68%: rounds to 11.7, truncates to 11.6
    expect(check("服务人次{{m:x}}，增长11.6%", { x })[0].ok).toBe(true);
    expect(check("服务人次{{m:x}}，增长11.7%", { x })[0].ok).toBe(true);
    expect(check("服务人次{{m:x}}，增长11.5%", { x })[0].ok).toBe(false);
  });

  it("rounds half away from zero", () => {
    const x = metric("项目", 100.5, 100, "个"); // +0.5%
    expect(check("项目{{m:x}}，增长1%", { x })[0].ok).toBe(true);
  });

  it("checks points against a percentage figure", () => {
    const rate = metric("满意率", 93.5, 91, "%");
    expect(check("满意率{{m:rate}}，提高2.5个百分点", { rate })[0]).toMatchObject({ ok: true, computed: 2.5, kind: "points" });
    // 2.5 rounds half away from zero to 3, so the whole-number statement is right.
    expect(check("满意率{{m:rate}}，提高3个百分点", { rate })[0].ok).toBe(true);
    const [wrong] = check("满意率{{m:rate}}，提高3.5个百分点", { rate });
    expect(wrong.ok).toBe(false);
    expect(wrong.message).toBe("“提高3.5个百分点”与指标计算结果不符：满意率由91%到93.5%，应为提高2.5个百分点");
    expect(check("满意率{{m:rate}}，下降2.5个百分点", { rate })[0].ok).toBe(false);
  });

  it("says a percentage figure's change belongs in points", () => {
    const rate = metric("注册志愿者增长率", 43, 12.5, "%");
    const [f] = check("注册志愿者增长率{{m:rate}}，较上年增长244%。", { rate });
    expect(f).toMatchObject({ ok: false, reason: "use-points", stated: 244, computed: 30.5 });
    expect(f.message).toBe(
      "“较上年增长244%”与指标计算结果不符：注册志愿者增长率由12.5%到43%，应为提高30.5个百分点",
    );
  });

  it("skips non-percentage figures for a points change", () => {
    const rate = metric("满意率", 93.5, 91, "%");
    const [f] = check("满意率{{m:rate}}，回访{{m:events}}，提高2.5个百分点", { rate, events });
    expect(f.key).toBe("rate");
  });

  it("checks multiples", () => {
    const x = metric("志愿者", 2100, 1000, "人"); // ×2.1
    expect(check("志愿者{{m:x}}，翻一番", { x })[0]).toMatchObject({ ok: true, kind: "multiple", computed: 110 });
    expect(check("志愿者{{m:x}}，增长1.1倍", { x })[0].ok).toBe(true);
    expect(check("志愿者{{m:x}}，增长1.2倍", { x })[0].ok).toBe(false);
    expect(check("志愿者{{m:x}}，是上年的2.1倍", { x })[0].ok).toBe(true);
    expect(check("志愿者{{m:x}}，翻两番", { x })[0].ok).toBe(false);
    expect(check("志愿者{{m:y}}，翻两番", { y: metric("志愿者", 4000, 1000, "人") })[0].ok).toBe(true);
  });

  it("checks flat statements", () => {
    const same = metric("培训", 12, 12, "期");
    const near = metric("经费", 100.02, 100, "万元"); // +0.02%
    expect(check("培训{{m:same}}，与上年持平", { same })[0]).toMatchObject({ ok: true, kind: "flat", computed: 0 });
    expect(check("经费{{m:near}}，与上年持平", { near })[0].ok).toBe(false);
    expect(check("经费{{m:near}}，与上年基本持平", { near })[0].ok).toBe(true);
    expect(check("培训{{m:e}}，与上年持平", { e: events })[0].ok).toBe(false);
  });

  it("checks absolute changes in the figure's unit", () => {
    expect(check("开展活动{{m:events}}，增加10场", { events })[0]).toMatchObject({ ok: true, kind: "absolute", computed: 10 });
    const [f] = check("开展活动{{m:events}}，较上年多8场", { events });
    expect(f.message).toBe("“较上年多8场”与指标计算结果不符：开展活动由80场到90场，应为增加10场");
    // A unit the figure does not have points elsewhere: nothing to check against here.
    expect(check("开展活动{{m:events}}，增加10人", { events })).toEqual([]);
  });

  it("takes a token amount's value and kind from its metric", () => {
    const growth = metric("活动增长率", 12.5, null, "%");
    const [f] = check("开展活动{{m:events}}，较上年增长{{m:growth}}。", { events, growth });
    expect(f).toMatchObject({ key: "events", ok: true, stated: 12.5, kind: "percent" });
    expect(f.message.startsWith("“较上年增长12.5%”")).toBe(true);
    const stale = metric("活动增长率", 15, null, "%");
    expect(check("开展活动{{m:events}}，较上年增长{{m:growth}}。", { events, growth: stale })[0].ok).toBe(false);
    const delta = metric("活动增量", 10, null, "场");
    expect(check("开展活动{{m:events}}，增加{{m:delta}}。", { events, delta })[0]).toMatchObject({ ok: true, kind: "absolute" });
  });

  it("skips a token amount whose metric has no value", () => {
    expect(check("开展活动{{m:events}}，较上年增长{{m:g}}。", { events, g: metric("增长率", null, null, "%") })).toEqual([]);
  });

  it("reports nothing without a referable figure", () => {
    expect(check("全年开展活动90场，较上年增长12.5%。", { events })).toEqual([]);
    expect(check("开展活动{{m:e}}，较上年增长12.5%。", { e: metric("开展活动", 90, null, "场") })).toEqual([]);
    expect(check("开展活动{{m:unknown}}，较上年增长12.5%。", { events })).toEqual([]);
    expect(check("开展活动{{m:e}}，较上年增长12.5%。", { e: metric("开展活动", 90, 0, "场") })).toEqual([]);
  });

  it.each(["。", "！", "？", "；", "\n"])("does not reach back past %j", (end) => {
    expect(check(`开展活动{{m:events}}${end}较上年增长12.5%`, { events })).toEqual([]);
  });

  it("uses the nearest figure with both years", () => {
    const fund = metric("经费", 110, 100, "万元"); // +10%
    const partial = metric("场地", 5, null, "处");
    const [f] = check("开展活动{{m:events}}，投入经费{{m:fund}}，场地{{m:partial}}，增长10%", { events, fund, partial });
    expect(f).toMatchObject({ key: "fund", ok: true });
  });

  it("pairs 分别 amounts with figures in order", () => {
    const a = metric("财政总收入", 110.06, 100, "亿元");
    const b = metric("一般公共预算收入", 113.05, 100, "亿元");
    const findings = check("财政总收入{{m:a}}，一般公共预算收入{{m:b}}，同比分别增长10.06%和13.05%；", { a, b });
    expect(findings.map((f) => [f.key, f.ok])).toEqual([["a", true], ["b", true]]);
    const swapped = check("财政总收入{{m:a}}，一般公共预算收入{{m:b}}，同比分别增长13.05%和10.06%；", { a, b });
    expect(swapped.map((f) => f.ok)).toEqual([false, false]);
  });

  it("accepts whatever formatChange would print", async () => {
    const { formatChange } = await import("@/lib/reports/text/year-over-year");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom("场", "万元", "%"),
        (cents, previousCents, unit) => {
          const x = metric("指标", cents / 100, previousCents / 100, unit);
          const phrase = formatChange(x.value, x.previousValue, unit);
          const findings = check(`指标{{m:x}}，${phrase}。`, { x });
          expect(findings).toHaveLength(1);
          expect(findings[0].ok).toBe(true);
        },
      ),
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  METRIC_KEY_PATTERN,
  formatMetricValue,
  parseMetricTokens,
  renderMetrics,
  splitByMetricTokens,
  type RenderableMetric,
} from "./metric-tokens";

describe("METRIC_KEY_PATTERN", () => {
  it("accepts lower-case keys starting with a letter, up to 40 characters", () => {
    expect(METRIC_KEY_PATTERN.test("talks")).toBe(true);
    expect(METRIC_KEY_PATTERN.test("volunteer_hours_2025")).toBe(true);
    expect(METRIC_KEY_PATTERN.test("a")).toBe(true);
    expect(METRIC_KEY_PATTERN.test("a".repeat(40))).toBe(true);
  });

  it("rejects anything else", () => {
    expect(METRIC_KEY_PATTERN.test("")).toBe(false);
    expect(METRIC_KEY_PATTERN.test("a".repeat(41))).toBe(false);
    expect(METRIC_KEY_PATTERN.test("1talks")).toBe(false);
    expect(METRIC_KEY_PATTERN.test("_talks")).toBe(false);
    expect(METRIC_KEY_PATTERN.test("Talks")).toBe(false);
    expect(METRIC_KEY_PATTERN.test("talk-count")).toBe(false);
    expect(METRIC_KEY_PATTERN.test("宣讲")).toBe(false);
    expect(METRIC_KEY_PATTERN.test("talks\n")).toBe(false);
  });
});

describe("parseMetricTokens", () => {
  it("finds every token with its key and UTF-16 range", () => {
    const text = "开展宣讲{{m:talks}}，覆盖居民{{m:reach}}。";
    const tokens = parseMetricTokens(text);
    expect(tokens).toEqual([
      { key: "talks", index: 4, length: "{{m:talks}}".length },
      { key: "reach", index: text.indexOf("{{m:reach}}"), length: "{{m:reach}}".length },
    ]);
    for (const t of tokens) expect(text.slice(t.index, t.index + t.length)).toBe(`{{m:${t.key}}}`);
  });

  it("ignores malformed tokens", () => {
    expect(parseMetricTokens("{{m:Talks}} {{m:1a}} {{ m:a }} {m:a} {{x:a}} {{m:}}")).toEqual([]);
    expect(parseMetricTokens(`{{m:${"a".repeat(41)}}}`)).toEqual([]);
  });

  it("accepts a 40-character key", () => {
    const key = "k".repeat(40);
    expect(parseMetricTokens(`{{m:${key}}}`)).toEqual([{ key, index: 0, length: key.length + 6 }]);
  });

  it("returns the same result when called twice (no shared regex state)", () => {
    const text = "{{m:a}}{{m:b}}";
    expect(parseMetricTokens(text)).toEqual(parseMetricTokens(text));
    expect(parseMetricTokens(text)).toHaveLength(2);
  });
});

describe("splitByMetricTokens", () => {
  it("alternates text and metric segments", () => {
    expect(splitByMetricTokens("开展宣讲{{m:talks}}，投资{{m:invest}}。")).toEqual([
      { type: "text", text: "开展宣讲" },
      { type: "metric", key: "talks" },
      { type: "text", text: "，投资" },
      { type: "metric", key: "invest" },
      { type: "text", text: "。" },
    ]);
  });

  it("emits no empty text segments at the edges or between adjacent tokens", () => {
    expect(splitByMetricTokens("{{m:a}}{{m:b}}")).toEqual([
      { type: "metric", key: "a" },
      { type: "metric", key: "b" },
    ]);
  });

  it("keeps plain text whole and returns nothing for empty input", () => {
    expect(splitByMetricTokens("没有指标")).toEqual([{ type: "text", text: "没有指标" }]);
    expect(splitByMetricTokens("")).toEqual([]);
  });
});

describe("formatMetricValue", () => {
  it("prints integers without grouping separators", () => {
    expect(formatMetricValue(86)).toBe("86");
    expect(formatMetricValue(1860)).toBe("1860");
    expect(formatMetricValue(15600)).toBe("15600");
    expect(formatMetricValue(0)).toBe("0");
  });

  it("keeps at most two decimals and trims trailing zeros", () => {
    expect(formatMetricValue(12.5)).toBe("12.5");
    expect(formatMetricValue(12.504)).toBe("12.5");
    expect(formatMetricValue(6.8)).toBe("6.8");
    expect(formatMetricValue(3.14159)).toBe("3.14");
    expect(formatMetricValue(1.005)).toBe("1.01");
    expect(formatMetricValue(2.999)).toBe("3");
  });

  it("rejects non-finite values", () => {
    expect(() => formatMetricValue(Number.NaN)).toThrow(RangeError);
    expect(() => formatMetricValue(Infinity)).toThrow(RangeError);
  });
});

describe("renderMetrics", () => {
  const metrics = new Map<string, RenderableMetric>([
    ["talks", { value: 86, unit: "场" }],
    ["invest", { value: 85, unit: "万元" }],
    ["growth", { value: 12.5, unit: "%" }],
    ["visitors", { value: 6.8, unit: "万人次" }],
    ["teams", { value: null, unit: "支" }],
  ]);

  it("replaces tokens with number and unit", () => {
    expect(
      renderMetrics("开展宣讲{{m:talks}}，投资{{m:invest}}，增长{{m:growth}}，接待{{m:visitors}}。", metrics),
    ).toBe("开展宣讲86场，投资85万元，增长12.5%，接待6.8万人次。");
  });

  it("prints a metric without a value as X + unit so it stays a visible blank", () => {
    expect(renderMetrics("组建小分队{{m:teams}}。", metrics)).toBe("组建小分队X支。");
  });

  it("leaves unknown keys as the literal token", () => {
    expect(renderMetrics("共{{m:nope}}。", metrics)).toBe("共{{m:nope}}。");
  });

  it("uses opts.missing for unknown keys only", () => {
    const seen: string[] = [];
    const missing = (key: string) => {
      seen.push(key);
      return `[缺少${key}]`;
    };
    expect(renderMetrics("{{m:nope}}/{{m:teams}}/{{m:talks}}", metrics, { missing })).toBe(
      "[缺少nope]/X支/86场",
    );
    expect(seen).toEqual(["nope"]);
  });

  it("accepts a plain record", () => {
    expect(renderMetrics("{{m:talks}}", { talks: { value: 4, unit: "支" } })).toBe("4支");
  });

  it("does not resolve keys to Object.prototype members of a record", () => {
    expect(renderMetrics("{{m:constructor}}{{m:tostring}}", {})).toBe("{{m:constructor}}{{m:tostring}}");
    expect(renderMetrics("{{m:constructor}}", { constructor: { value: 1, unit: "个" } })).toBe("1个");
  });

  it("leaves malformed tokens and other text untouched", () => {
    expect(renderMetrics("{{m:Talks}} 与 {{ m:talks }}", metrics)).toBe("{{m:Talks}} 与 {{ m:talks }}");
  });

  it("renders every occurrence of a repeated token", () => {
    expect(renderMetrics("{{m:talks}}与{{m:talks}}", metrics)).toBe("86场与86场");
  });

  it("does not interpret $ patterns in units as replacement syntax", () => {
    expect(renderMetrics("{{m:a}}", { a: { value: 1, unit: "$&" } })).toBe("1$&");
  });
});

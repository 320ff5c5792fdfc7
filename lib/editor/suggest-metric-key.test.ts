import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { METRIC_KEY_PATTERN } from "@/lib/reports/text/metric-tokens";
import { suggestMetricKey } from "./suggest-metric-key";

describe("suggestMetricKey", () => {
  it("gives fig_<n> with the smallest free n for a Chinese label", () => {
    expect(suggestMetricKey("开展宣讲", [])).toBe("fig_1");
    expect(suggestMetricKey("开展宣讲", ["fig_1", "fig_2", "lectures"])).toBe("fig_3");
    expect(suggestMetricKey("开展宣讲", ["fig_2"])).toBe("fig_1");
    expect(suggestMetricKey("", ["fig_1"])).toBe("fig_2");
  });

  it("slugs the ASCII words of a label when the slug is free", () => {
    expect(suggestMetricKey("PV访问量", [])).toBe("pv");
    expect(suggestMetricKey("APP Downloads 下载量", [])).toBe("app_downloads");
    expect(suggestMetricKey("PM2.5达标天数", [])).toBe("pm2_5");
    expect(suggestMetricKey("5G基站", [])).toBe("m_5g");
    expect(suggestMetricKey("ＡＢＣ", [])).toBe("fig_1"); // full-width letters are not ASCII
  });

  it("falls back to fig_<n> when the slug is taken or only digits", () => {
    expect(suggestMetricKey("PV访问量", ["pv"])).toBe("fig_1");
    expect(suggestMetricKey("2025年投资", [])).toBe("fig_1");
  });

  it("keeps a long slug within 40 characters and without a trailing _", () => {
    const key = suggestMetricKey(`${"a".repeat(39)} b`, []);
    expect(key).toBe("a".repeat(39));
    expect(suggestMetricKey("x".repeat(60), [])).toHaveLength(40);
  });

  it("accepts any iterable of taken keys", () => {
    function* taken() {
      yield "fig_1";
      yield "fig_2";
    }
    expect(suggestMetricKey("宣讲", taken())).toBe("fig_3");
    expect(suggestMetricKey("宣讲", new Map([["fig_1", 1]]).keys())).toBe("fig_2");
  });

  it("always returns a valid key that is not taken (property)", () => {
    const key = fc.oneof(fc.nat({ max: 30 }).map((n) => `fig_${n}`), fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/));
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(key, { maxLength: 40 }), (label, taken) => {
        const suggested = suggestMetricKey(label, taken);
        expect(suggested).toMatch(METRIC_KEY_PATTERN);
        expect(taken).not.toContain(suggested);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { countQueryLines, formatBytes, formatRatio, percentile, scriptSources, summarize, textTable } from "./stats";

describe("http bench stats", () => {
  it("percentile is nearest-rank over unsorted samples", () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 10)).toBe(1);
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
  });

  it("summarize gives p50, p95 and requests per second", () => {
    const s = summarize([10, 20, 30, 40], 2000);
    expect(s).toEqual({ n: 4, p50: 20, p95: 40, rps: 2 });
  });

  it("formats ratios to the baseline", () => {
    expect(formatRatio(42, 21)).toBe("2.00×");
    expect(formatRatio(210, 21)).toBe("10.0×");
    expect(formatRatio(1, 0)).toBe("—");
    expect(formatRatio(NaN, 3)).toBe("—");
  });

  it("formats bytes", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(61_440)).toBe("60.0 KB");
  });

  it("lays out a table with wide characters", () => {
    const t = textTable(["page", "p50"], [["首页", "3 ms"], ["editor", "12 ms"]]).split("\n");
    expect(t[0]).toBe("page    p50");
    expect(t[2]).toBe("首页    3 ms");
    expect(t[3]).toBe("editor  12 ms");
  });

  it("finds script sources once each and counts query lines", () => {
    const html = `<script src="/_next/a.js" async=""></script><script>inline</script><script src="/_next/b.js?x=1&amp;y=2"></script><script src="/_next/a.js"></script>`;
    expect(scriptSources(html)).toEqual(["/_next/a.js", "/_next/b.js?x=1&y=2"]);
    expect(countQueryLines("[summa:db] SELECT 1\nother\n[summa:db] SELECT 2\n")).toBe(2);
  });
});

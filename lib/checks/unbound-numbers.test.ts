import { describe, expect, it } from "vitest";
import { findUnboundNumbers } from "./unbound-numbers";

const matches = (t: string) => findUnboundNumbers(t).map((n) => n.match);

describe("literal figures not bound to the register", () => {
  it("finds counts and amounts typed as text", () => {
    expect(matches("全年开展宣讲86场，投资85万元，覆盖居民5200余人次，增长12.5%。")).toEqual(["86", "85", "5200", "12.5"]);
    expect(matches("服务时长1,200小时")).toEqual(["1,200"]);
  });

  it("leaves out dates, years, ordinals, titles, document numbers, model words and typed numbering", () => {
    expect(matches("2025年10月18日召开第3次会议")).toEqual([]);
    expect(matches("制定《2025年街道理论宣讲工作安排》，见青宣〔2025〕5号")).toEqual([]);
    expect(matches("推进5G基站和PM2.5监测")).toEqual([]);
    expect(matches("1. 第一项\n2、第二项")).toEqual([]);
  });

  it("never reports a number inside a figure token", () => {
    expect(matches("开展宣讲{{m:lectures2}}，另有3场")).toEqual(["3"]);
  });

  it("gives offsets that point at the number", () => {
    const t = "组建宣讲小分队12支";
    const [n] = findUnboundNumbers(t);
    expect(t.slice(n.index, n.index + n.length)).toBe("12");
  });
});

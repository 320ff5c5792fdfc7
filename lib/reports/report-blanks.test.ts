import { describe, expect, it } from "vitest";
import { findReportBlanks } from "./report-blanks";

describe("findReportBlanks", () => {
  it("finds blanks in headings, bodies, plan items and empty metrics, and nothing in filled text", () => {
    const blanks = findReportBlanks({
      sections: [
        { id: "s1", heading: "抓实理论宣讲。", body: "开展宣讲X场，覆盖{{m:reach}}。" },
        { id: "s2", heading: "于X月X日召开", body: "全年投资85万元。" },
      ],
      planItems: [
        { id: "p1", text: "推出短视频不少于X部。" },
        { id: "p2", text: "举办活动不少于20场。" },
      ],
      metrics: [
        { id: "m1", key: "reach", label: "覆盖居民", value: null },
        { id: "m2", key: "lectures", label: "宣讲场次", value: 86 },
      ],
    });
    expect(blanks).toEqual([
      { where: "body", id: "s1", index: 4, length: 1, match: "X", kind: "figure" },
      { where: "heading", id: "s2", index: 1, length: 4, match: "X月X日", kind: "date" },
      { where: "plan", id: "p1", index: 8, length: 1, match: "X", kind: "figure" },
      { where: "metric", id: "m1", label: "覆盖居民" },
    ]);
  });

  it("reports nothing for a finished report", () => {
    expect(
      findReportBlanks({
        sections: [{ id: "s", heading: "理论宣讲扎实开展。", body: "开展宣讲{{m:a}}，X射线体检1次。" }],
        planItems: [{ id: "p", text: "全年宣讲不少于100场。" }],
        metrics: [{ id: "m", key: "a", label: "宣讲", value: 0 }],
      }),
    ).toEqual([]);
  });
});

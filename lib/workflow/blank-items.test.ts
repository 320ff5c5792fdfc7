import { describe, expect, it } from "vitest";
import { blankContext, blankStopId, listBlankItems } from "./blank-items";

const metric = (key: string, label: string, value: number | null, unit = "场") => ({ id: `m-${key}`, key, label, value, unit });

describe("the list of what is missing before submitting", () => {
  const src = {
    sections: [
      { id: "s2", kind: "ACHIEVEMENT", position: 2, heading: "深化文明创建。", body: "并于X月X日召开表彰会，评出{{m:models}}。" },
      { id: "s0", kind: "OPENING", position: 0, heading: "", body: "今年以来，在X党工委的领导下。" },
      { id: "s1", kind: "ACHIEVEMENT", position: 1, heading: "抓实理论宣讲X场。", body: "全年开展宣讲{{m:lectures}}。" },
    ],
    metrics: [metric("lectures", "开展宣讲", 86), metric("models", "先进典型", null, "人")],
    planItems: [{ id: "p1", position: 0, text: "年内推出短视频宣讲作品不少于X部。" }],
  };

  it("names each blank by section number, field and context, then plan items, then empty figures", () => {
    const items = listBlankItems(src);
    expect(items).toEqual([
      { where: "section", id: "s0", kind: "OPENING", ordinal: 1, field: "body", match: "X", blankKind: "name", context: "今年以来，在X党工委的领导下。", index: 6 },
      { where: "section", id: "s1", kind: "ACHIEVEMENT", ordinal: 1, field: "heading", match: "X", blankKind: "figure", context: "抓实理论宣讲X场。", index: 6 },
      { where: "section", id: "s2", kind: "ACHIEVEMENT", ordinal: 2, field: "body", match: "X月X日", blankKind: "date", context: "并于X月X日召开表彰会，评出X人…", index: 2 },
      { where: "plan", id: "p1", ordinal: 1, match: "X", blankKind: "figure", context: "…短视频宣讲作品不少于X部。", index: 14 },
      { where: "metric", id: "m-models", label: "先进典型", unit: "人" },
    ]);
    // Each place has the editor's name, so the refusal can link to it.
    expect(items.map(blankStopId)).toEqual(["body:s0:6", "heading:s1:6", "body:s2:2", "plan:p1:14", "metric:m-models"]);
  });

  it("is empty once everything is filled", () => {
    expect(
      listBlankItems({
        sections: [{ id: "s", kind: "OPENING", position: 0, heading: "", body: "开展宣讲{{m:lectures}}。" }],
        metrics: [metric("lectures", "开展宣讲", 86)],
        planItems: [{ id: "p", position: 0, text: "不少于20部。" }],
      }),
    ).toEqual([]);
  });

  it("never shows half a metric token in the context: a token at the edge is taken whole", () => {
    const text = "宣讲{{m:lectures}}，覆盖X人";
    const metrics = new Map([["lectures", { value: 86, unit: "场" }]]);
    expect(blankContext(text, text.indexOf("X"), 1, metrics)).toBe("…86场，覆盖X人");
    expect(blankContext("覆盖X人次，{{m:lectures}}，另有", 2, 1, metrics)).toBe("覆盖X人次，86场…");
    expect(blankContext("一二三四五六七八九十甲乙X", 12, 1, metrics)).toBe("…三四五六七八九十甲乙X");
  });
});

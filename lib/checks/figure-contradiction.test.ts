import { describe, expect, it } from "vitest";
import { findFigureContradictions } from "./figure-contradiction";

const metrics = new Map([
  ["volunteers", { label: "注册志愿者", value: 47, unit: "人" }],
  ["talks", { label: "开展宣讲", value: 86, unit: "场" }],
  ["empty", { label: "文艺演出", value: null, unit: "场" }],
]);

describe("findFigureContradictions", () => {
  it("catches a literal that says otherwise than the figure of the same thing", () => {
    const text = "社区注册志愿者{{m:volunteers}}，现有志愿者17人常年参与服务。";
    expect(findFigureContradictions(text, metrics)).toEqual([{ index: text.indexOf("17"), length: 2, match: "17", key: "volunteers", value: 47, unit: "人" }]);
  });

  it("stays quiet when the literal agrees, counts something else, has another unit, or the figure is not quoted here", () => {
    expect(findFigureContradictions("注册志愿者{{m:volunteers}}，即志愿者47人。", metrics)).toEqual([]);
    expect(findFigureContradictions("注册志愿者{{m:volunteers}}，培训骨干12人。", metrics)).toEqual([]);
    expect(findFigureContradictions("开展宣讲{{m:talks}}，宣讲覆盖3个小区。", metrics)).toEqual([]);
    expect(findFigureContradictions("现有志愿者17人。", metrics)).toEqual([]);
    // a part of the figure (其中…) is not the figure again
    expect(findFigureContradictions("注册志愿者{{m:volunteers}}，其中青年志愿者17人。", metrics)).toEqual([]);
    // an empty figure judges nothing
    expect(findFigureContradictions("文艺演出{{m:empty}}，其中送戏演出5场。", metrics)).toEqual([]);
  });
});

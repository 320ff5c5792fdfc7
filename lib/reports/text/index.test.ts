import { describe, expect, it } from "vitest";
import * as text from "./index";

describe("index", () => {
  it("exposes the public functions", () => {
    const names = Object.keys(text).sort();
    expect(names).toEqual(
      [
        "METRIC_KEY_PATTERN",
        "chineseNumeral",
        "countBlanks",
        "countImportItems",
        "detectBlanks",
        "detectBlanksInReport",
        "detectPossibleBlanks",
        "formatMetricValue",
        "formatYoY",
        "matchLeadingNumber",
        "parseImportBlocks",
        "parseMetricTokens",
        "parseSummaryText",
        "renderMetrics",
        "sectionNumber",
        "splitByMetricTokens",
        "splitLeadSentence",
        "stripLeadingNumber",
        "yearOverYear",
      ].sort(),
    );
  });

  it("wires the pieces together: a rendered empty metric is still a blank", () => {
    const rendered = text.renderMetrics("组建小分队{{m:teams}}，宣讲{{m:talks}}。", {
      teams: { value: null, unit: "支" },
      talks: { value: 86, unit: "场" },
    });
    expect(rendered).toBe("组建小分队X支，宣讲86场。");
    expect(text.detectBlanks(rendered)).toEqual([{ index: 5, length: 1, match: "X", kind: "figure" }]);
  });
});

import { describe, expect, it } from "vitest";
import { listReportWarnings, type WarningInput } from "./report-warnings";

const clean: WarningInput = {
  year: 2025,
  sections: [
    { id: "o", kind: "OPENING", position: 0, heading: "", body: "2025年，社区扎实推进各项工作。" },
    { id: "a", kind: "ACHIEVEMENT", position: 1, heading: "抓实理论宣讲。", body: "全年开展宣讲{{m:talks}}，较上年增长25%。" },
    { id: "p", kind: "PROBLEM", position: 2, heading: "阵地利用率不高。", body: "" },
  ],
  metrics: [{ key: "talks", label: "开展宣讲", value: 100, unit: "场", previousValue: 80 }],
  planItems: [{ text: "持续开展宣讲。" }],
  planReviews: [{ position: 0, verdict: "DONE" }],
};

describe("listReportWarnings", () => {
  it("raises nothing on a clean report", () => {
    expect(listReportWarnings(clean)).toEqual([]);
  });

  it("catches each kind of warning, with where it is", () => {
    const w = listReportWarnings({
      ...clean,
      sections: [
        clean.sections[0],
        { id: "a", kind: "ACHIEVEMENT", position: 1, heading: "抓实理论宣讲。", body: "全年开展宣讲{{m:talks}}，较上年增长40%，新建书屋3个，2024年10月召开表彰会。" },
      ],
      planItems: [],
      planReviews: [{ position: 0, verdict: null }],
    });
    expect(w).toEqual([
      { code: "emptyPlan" },
      { code: "emptyProblems" },
      { code: "unverdicted", n: 1 },
      { code: "staleYear", kind: "ACHIEVEMENT", ordinal: 1, year: 2024 },
      { code: "unbound", kind: "ACHIEVEMENT", ordinal: 1, match: "3" },
      { code: "changeMismatch", kind: "ACHIEVEMENT", ordinal: 1, phrase: expect.stringContaining("增长40%") },
    ]);
  });
});

describe("carried-over sections", () => {
  it("warns for each section still as it came from last year", () => {
    const w = listReportWarnings({ ...clean, sections: clean.sections.map((s) => (s.id === "a" ? { ...s, carried: ["抓实理论宣讲。"] } : s)) });
    expect(w).toEqual([{ code: "carriedOver", kind: "ACHIEVEMENT", ordinal: 1, sentences: 1 }]);
    expect(listReportWarnings({ ...clean, sections: clean.sections.map((s) => ({ ...s, carried: [] })) })).toEqual([]);
  });
});

describe("totals and their parts", () => {
  it("warns where the text's parts do not fit their total, and where the register's do not", () => {
    const w = listReportWarnings({
      ...clean,
      sections: [
        clean.sections[0]!,
        { id: "a", kind: "ACHIEVEMENT", position: 1, heading: "抓实理论宣讲。", body: "全年开展宣讲{{m:talks}}，其中进社区宣讲{{m:community}}。" },
        clean.sections[2]!,
      ],
      metrics: [
        { key: "talks", label: "开展宣讲", value: 100, unit: "场", previousValue: 80, partsMode: "SUM" },
        { key: "community", label: "进社区宣讲", value: 120, unit: "场", previousValue: null, partOfKey: "talks" },
      ],
    });
    expect(w).toEqual([
      { code: "registerTotal", problem: "exceeds", label: "开展宣讲", total: 100, sum: 120, unit: "场" },
      { code: "textTotal", kind: "ACHIEVEMENT", ordinal: 1, problem: "exceeds", total: 100, sum: 120, unit: "场" },
    ]);
  });

  it("raises nothing when the parts fit", () => {
    const w = listReportWarnings({
      ...clean,
      sections: [
        clean.sections[0]!,
        { id: "a", kind: "ACHIEVEMENT", position: 1, heading: "抓实理论宣讲。", body: "全年开展宣讲{{m:talks}}，其中进社区宣讲{{m:community}}。" },
        clean.sections[2]!,
      ],
      metrics: [
        { key: "talks", label: "开展宣讲", value: 100, unit: "场", previousValue: null },
        { key: "community", label: "进社区宣讲", value: 60, unit: "场", previousValue: null, partOfKey: "talks" },
      ],
    });
    expect(w).toEqual([]);
  });
});

describe("last year's facts in carried sentences", () => {
  it("warns for a date and a typed figure in a sentence still as it came, not for the same after an edit", () => {
    const body = "于10月18日召开表彰会，参与群众300人。";
    const section = { id: "a", kind: "ACHIEVEMENT", position: 1, heading: "抓实理论宣讲。", body };
    const carried = listReportWarnings({ ...clean, sections: [clean.sections[0]!, { ...section, carried: [body] }, clean.sections[2]!] });
    expect(carried).toEqual([
      { code: "carriedOver", kind: "ACHIEVEMENT", ordinal: 1, sentences: 1 },
      { code: "carriedDate", kind: "ACHIEVEMENT", ordinal: 1, match: "10月18日" },
      { code: "carriedFigure", kind: "ACHIEVEMENT", ordinal: 1, match: "300" },
    ]);
    const edited = listReportWarnings({ ...clean, sections: [clean.sections[0]!, { ...section, body: "于12月6日召开表彰会，参与群众300人。", carried: [body] }, clean.sections[2]!] });
    expect(edited).toEqual([{ code: "unbound", kind: "ACHIEVEMENT", ordinal: 1, match: "300" }]);
  });
});

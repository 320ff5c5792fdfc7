import { describe, expect, it } from "vitest";

import { isPageNumberLine, layoutReport, mm, parseBbox } from "./measure-pdf";

const html = `<doc><page width="595.3" height="841.9">
<word xMin="111.4" yMin="113.3" xMax="236.6" yMax="134.1">全年累计开展活动</word>
<word xMin="239.8" yMin="113.3" xMax="271.1" yMax="134.4">1560</word>
<word xMin="80.1" yMin="142.3" xMax="521.0" yMax="163.1">A&amp;B</word>
<word xMin="469.0" yMin="754.7" xMax="476.0" yMax="772.9">—</word>
<word xMin="480.0" yMin="754.7" xMax="490.0" yMax="772.9">1</word>
<word xMin="495.0" yMin="754.7" xMax="507.7" yMax="772.9">—</word>
</page><page width="595.3" height="841.9"></page></doc>`;

describe("parseBbox", () => {
  it("groups words into lines by baseline, top to bottom, left to right", () => {
    const pages = parseBbox(html);
    expect(pages).toHaveLength(2);
    expect(pages[0].lines.map((l) => l.text)).toEqual(["全年累计开展活动1560", "A&B", "—1—"]);
    expect(pages[0].lines[0]).toMatchObject({ xMin: 111.4, xMax: 271.1, yMin: 113.3, yMax: 134.4 });
    expect(pages[1].lines).toEqual([]);
  });

  it("recognises page number lines and converts millimetres", () => {
    expect(isPageNumberLine("—12—")).toBe(true);
    expect(isPageNumberLine("— 3 —")).toBe(true);
    expect(isPageNumberLine("第3页")).toBe(false);
    expect(mm(25.4)).toBeCloseTo(72);
  });

  it("summarises lines per page", () => {
    expect(layoutReport(parseBbox(html)).linesPerPage).toEqual([2, 0]);
  });
});

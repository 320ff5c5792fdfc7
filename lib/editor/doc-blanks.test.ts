import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectBlanks } from "@/lib/reports/text/detect-blanks";
import { docBlanksAndFigures } from "./doc-blanks";
import { textToDoc } from "./text-to-doc";

describe("blanks of an editor document", () => {
  it("finds text blanks and figures in order, with positions and stored offsets", () => {
    const value = { heading: "抓实X项工作。", body: "开展宣讲{{m:lectures}}，覆盖X余人次。\n于X月X日召开" };
    const doc = textToDoc(value, true);
    const stops = docBlanksAndFigures(doc);
    expect(stops.map((s) => (s.type === "figure" ? `fig:${s.key}` : `${s.field}:${s.index}:${s.match}`))).toEqual([
      "heading:2:X",
      "fig:lectures",
      `body:${value.body.indexOf("X余")}:X`,
      `body:${value.body.indexOf("X月")}:X月X日`,
    ]);
    for (const s of stops) if (s.type === "text") expect(doc.textBetween(s.from, s.to)).toBe(s.match);
  });

  it("stored offsets agree with the detector on the stored text, for any body", () => {
    const piece = fc.constantFrom("宣讲", "X场", "XX", "\n", "{{m:a}}", "____", "X月X日", "某某", "，", "（ ）");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 15 }).map((a) => a.join("")), (body) => {
        const fromDoc = docBlanksAndFigures(textToDoc({ heading: "", body }, false)).filter((s) => s.type === "text");
        // Per line, as the editor sees paragraphs; a blank never spans a line break.
        const expected = body.split("\n").flatMap((line, i, lines) => {
          const start = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
          return detectBlanks(line).map((b) => ({ index: start + b.index, match: b.match }));
        });
        expect(fromDoc.map((s) => ({ index: s.index, match: s.match }))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

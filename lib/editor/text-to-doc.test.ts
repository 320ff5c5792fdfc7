import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { blockOffsetToPos, blockText, docToText, textToDoc } from "./text-to-doc";

// Pieces real section text is made of, plus the odd ones: tokens (valid and broken), blanks, newlines,
// lone surrogates, NUL, CR, full-width forms and emoji.
const piece = fc.oneof(
  fc.constantFrom("开展宣讲", "场，", "X", "XX", "X余", "____", "20__年", "*", "#", "（一）", "\n", "\n\n", "\r\n", "\u0000", "\ud800", "\udfff", "😀", "Ｘ", " ", "\t"),
  fc.constantFrom("{{m:lectures}}", "{{m:a}}", "{{m:volunteer_growth}}", "{{m:}}", "{{m:Bad}}", "{{m:x", "}}", "{{", "{{m:a}}{{m:b}}"),
  fc.string(),
  fc.string({ unit: "binary" }),
);
const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(""));

describe("text ↔ document", () => {
  it("text → document → text is the identity, with or without a lead slot", () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (heading, body, withLead) => {
        expect(docToText(textToDoc({ heading, body }, withLead))).toEqual({ heading, body });
      }),
      { numRuns: 3000 },
    );
  });

  it("tokens become figure atoms, and only valid ones", () => {
    const doc = textToDoc({ heading: "抓实理论宣讲。", body: "开展宣讲{{m:lectures}}，{{m:Bad}}\n第二段" }, true);
    expect(doc.childCount).toBe(3);
    const figures: string[] = [];
    doc.descendants((n) => {
      if (n.type.name === "figure") figures.push(n.attrs.key as string);
    });
    expect(figures).toEqual(["lectures"]);
    expect(blockText(doc.child(1))).toBe("开展宣讲{{m:lectures}}，{{m:Bad}}");
  });

  it("maps a text offset to a document position across figure atoms", () => {
    const doc = textToDoc({ heading: "", body: "宣讲{{m:a}}X场" }, false);
    const p = doc.child(0);
    // "宣讲" = 2 chars, the token = 7 chars but one position, then "X".
    expect(blockOffsetToPos(p, 0, 0)).toBe(1);
    expect(blockOffsetToPos(p, 0, 2)).toBe(3);
    expect(blockOffsetToPos(p, 0, 9)).toBe(4);
    expect(doc.textBetween(blockOffsetToPos(p, 0, 9), blockOffsetToPos(p, 0, 10))).toBe("X");
  });
});

describe("position ↔ offset", () => {
  it("posToBlockOffset inverts blockOffsetToPos at every boundary", async () => {
    const { posToBlockOffset } = await import("./block-offset");
    const doc = textToDoc({ heading: "", body: "宣讲{{m:a}}X场{{m:bb}}{{m:c}}尾" }, false);
    const p = doc.child(0);
    for (let pos = 1; pos <= p.nodeSize - 1; pos++) expect(blockOffsetToPos(p, 0, posToBlockOffset(p, 0, pos))).toBe(pos);
  });
});

describe("stored offset → position", () => {
  it("finds the place of any stored offset in the heading and across body paragraphs", async () => {
    const { storedOffsetToPos } = await import("./text-to-doc");
    fc.assert(
      fc.property(text, text, (heading, body) => {
        const doc = textToDoc({ heading, body }, true);
        for (const [field, s] of [["heading", heading], ["body", body]] as const) {
          for (const m of s.matchAll(/X/g)) {
            const pos = storedOffsetToPos(doc, field, m.index);
            expect(doc.textBetween(pos, pos + 1)).toBe("X");
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

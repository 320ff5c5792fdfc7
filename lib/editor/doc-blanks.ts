// Blanks of one editor's document, with both coordinates: the ProseMirror range (to put the caret on it)
// and the stored-text place (where/index, the same as findReportBlanks gives the checklist and submit).
// Detection runs on each block's token text, exactly the text the server checks, so the two never disagree.
import type { Node as PMNode } from "prosemirror-model";
import { detectBlanks, type BlankKind } from "@/lib/reports/text/detect-blanks";
import { blockOffsetToPos, blockText } from "./text-to-doc";

export interface DocTextBlank {
  type: "text";
  from: number;
  to: number;
  /** "heading" for the lead sentence, else the body (or a plan item's text) */
  field: "heading" | "body";
  /** UTF-16 offset in the stored heading/body */
  index: number;
  length: number;
  match: string;
  kind: BlankKind;
}

export interface DocFigure {
  type: "figure";
  from: number;
  to: number;
  key: string;
}

export type DocStop = DocTextBlank | DocFigure;

/** Every text blank and every figure atom, in document order. */
export function docBlanksAndFigures(doc: PMNode): DocStop[] {
  const out: DocStop[] = [];
  let bodyOffset = 0;
  let firstParagraph = true;
  doc.forEach((block, blockStart) => {
    const isLead = block.type.name === "lead";
    const text = blockText(block);
    const base = isLead ? 0 : bodyOffset + (firstParagraph ? 0 : 1);
    const items: DocStop[] = [];
    for (const b of detectBlanks(text)) {
      items.push({
        type: "text",
        from: blockOffsetToPos(block, blockStart, b.index),
        to: blockOffsetToPos(block, blockStart, b.index + b.length),
        field: isLead ? "heading" : "body",
        index: base + b.index,
        length: b.length,
        match: b.match,
        kind: b.kind,
      });
    }
    block.forEach((child, offset) => {
      if (child.type.name === "figure") {
        const from = blockStart + 1 + offset;
        items.push({ type: "figure", from, to: from + 1, key: child.attrs.key as string });
      }
    });
    out.push(...items.sort((a, b) => a.from - b.from));
    if (!isLead) {
      bodyOffset = base + text.length;
      firstParagraph = false;
    }
  });
  return out;
}

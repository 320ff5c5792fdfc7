// The stored form of a section stays the canonical text with {{m:key}} tokens (blank detection, diffs, hashes
// and every exporter work on it); the editor works on a ProseMirror document. These two functions are the
// only bridge, and text → document → text is the identity for any text (see text-to-doc.test.ts).
import type { Node as PMNode } from "prosemirror-model";
import { parseMetricTokens } from "@/lib/reports/text/metric-tokens";
import { docSchema } from "./schema";

export interface SectionText {
  heading: string;
  body: string;
}

/** Text with tokens → inline nodes (text runs and figure atoms). */
export function inlineNodes(text: string): PMNode[] {
  const out: PMNode[] = [];
  let cursor = 0;
  for (const t of parseMetricTokens(text)) {
    if (t.index > cursor) out.push(docSchema.text(text.slice(cursor, t.index)));
    out.push(docSchema.nodes.figure.create({ key: t.key }));
    cursor = t.index + t.length;
  }
  if (cursor < text.length) out.push(docSchema.text(text.slice(cursor)));
  return out;
}

/** Inline content of a text block → text with tokens. */
export function blockText(block: PMNode): string {
  let s = "";
  block.forEach((child) => {
    s += child.isText ? child.text! : child.type.name === "figure" ? `{{m:${child.attrs.key as string}}}` : "";
  });
  return s;
}

/**
 * `withLead`: the section has a lead sentence slot (numbered sections always; opening/closing only when
 * they carry one). Body paragraphs are the body split on "\n" — empty ones included, so nothing is lost.
 */
export function textToDoc(value: SectionText, withLead: boolean): PMNode {
  const blocks: PMNode[] = [];
  if (withLead || value.heading !== "") blocks.push(docSchema.nodes.lead.create(null, inlineNodes(value.heading)));
  for (const p of value.body.split("\n")) blocks.push(docSchema.nodes.paragraph.create(null, inlineNodes(p)));
  return docSchema.nodes.doc.create(null, blocks);
}

export function docToText(doc: PMNode): SectionText {
  let heading = "";
  const paragraphs: string[] = [];
  doc.forEach((block) => {
    if (block.type.name === "lead") heading = blockText(block);
    else paragraphs.push(blockText(block));
  });
  return { heading, body: paragraphs.join("\n") };
}

/** UTF-16 offset in a block's token text → ProseMirror position (blockStart = position before the block). */
export function blockOffsetToPos(block: PMNode, blockStart: number, offset: number): number {
  let text = 0;
  let pos = blockStart + 1;
  let result = -1;
  block.forEach((child) => {
    if (result >= 0) return;
    const len = child.isText ? child.text!.length : `{{m:${child.attrs.key as string}}}`.length;
    if (offset <= text + len) {
      result = child.isText ? pos + (offset - text) : offset === text ? pos : pos + 1;
      return;
    }
    text += len;
    pos += child.nodeSize;
  });
  return result >= 0 ? result : pos;
}

/** A place in the stored heading/body (UTF-16 offset) → ProseMirror position in the document. */
export function storedOffsetToPos(doc: PMNode, field: "heading" | "body", index: number): number {
  let pos = -1;
  let bodyStart = 0;
  doc.forEach((block, blockStart) => {
    if (pos >= 0) return;
    const isLead = block.type.name === "lead";
    if (field === "heading") {
      if (isLead) pos = blockOffsetToPos(block, blockStart, index);
      return;
    }
    if (isLead) return;
    const len = blockText(block).length;
    if (index <= bodyStart + len) pos = blockOffsetToPos(block, blockStart, index - bodyStart);
    bodyStart += len + 1;
  });
  return pos >= 0 ? pos : doc.content.size;
}

// The ProseMirror schema of a 公文 body: a section is an optional lead sentence (the run-in 首句 of a numbered
// section) and paragraphs; inline content is plain text and figure atoms bound to a metric. There are no
// marks at all — GB/T 9704 body text has no bold, italics or colours, so nothing pasted can bring any in.
import { Schema, type NodeSpec } from "prosemirror-model";

// Paste from Word/WPS/the web: every block-ish element becomes a paragraph; styles have nowhere to go.
const PARAGRAPH_TAGS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"];

const nodes: Record<string, NodeSpec> = {
  doc: { content: "lead? paragraph+" },
  lead: {
    content: "inline*",
    defining: true,
    parseDOM: [{ tag: "p.pm-lead", priority: 60 }],
    toDOM: () => ["p", { class: "pm-lead" }, 0],
  },
  paragraph: {
    content: "inline*",
    parseDOM: PARAGRAPH_TAGS.map((tag) => ({ tag })),
    toDOM: () => ["p", 0],
  },
  text: { group: "inline" },
  figure: {
    group: "inline",
    inline: true,
    atom: true,
    selectable: true,
    draggable: false,
    attrs: { key: {} },
    parseDOM: [{ tag: "span[data-figure]", getAttrs: (el) => ({ key: (el as HTMLElement).dataset.figure ?? "" }) }],
    // The node view renders the live value; this is the copy/paste form (internal clipboard keeps chips).
    toDOM: (node) => ["span", { "data-figure": node.attrs.key as string }, `{{m:${node.attrs.key as string}}}`],
  },
};

export const docSchema = new Schema({ nodes, marks: {} });

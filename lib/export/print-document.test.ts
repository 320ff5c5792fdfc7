// The print view's component (components/export), rendered to HTML here because unit tests live under lib/.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { ExportInput } from "@/lib/export/export-input";
import { PrintDocument } from "@/components/export/print-document";

const doc = (paragraphs: string[]): ExportInput => ({
  title: "2050年东湖社区工作总结",
  opening: [],
  parts: [{ title: "主要工作成效", items: [{ heading: "抓实理论宣讲。", paragraphs }] }],
  closing: [],
  signature: { unitName: "东湖社区", date: { year: 2050, month: 12, day: 28 } },
  draftMarking: null,
  approvedHash: null,
  verificationLine: false,
});

describe("PrintDocument: 1. and （1） paragraphs", () => {
  it("keeps a numbered first paragraph out of the （一） heading and marks the levels", () => {
    const html = renderToStaticMarkup(createElement(PrintDocument, { doc: doc(["1.组建宣讲队伍。", "（1）青年宣讲团。", "正文段落。"]) }));
    expect(html).toMatch(/<span class="font-doc-kai">（一）抓实理论宣讲。<\/span><\/p>/);
    expect(html).toMatch(/<p[^>]*data-level="3">1\.组建宣讲队伍。<\/p>/);
    expect(html).toMatch(/<p[^>]*data-level="4">（1）青年宣讲团。<\/p>/);
    expect(html).toMatch(/<p[^>]*>正文段落。<\/p>/);
    expect(html).not.toMatch(/data-level="\d"[^>]*>正文段落/);
  });

  it("runs an unnumbered first paragraph into the heading", () => {
    const html = renderToStaticMarkup(createElement(PrintDocument, { doc: doc(["全年开展宣讲86场。"]) }));
    expect(html).toContain('<span class="font-doc-kai">（一）抓实理论宣讲。</span>全年开展宣讲86场。</p>');
  });
});

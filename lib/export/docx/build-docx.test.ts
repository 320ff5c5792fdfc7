import { describe, expect, it } from "vitest";

import { toDocument } from "@/lib/reports/document-model";
import { loadFixture2024, longReport } from "../__fixtures__/fixture-input";
import { loadFixtureSource2024, REVIEWS_2023 } from "../__fixtures__/fixture-source";
import type { ExportInput } from "../export-input";
import { buildDocx } from "./build-docx";
import { attrsOf, inspectDocx, parseParagraphs, type InspectedParagraph, type InspectedRun } from "@/tests/support/docx/inspect-docx";
import { zipEntryNames } from "@/tests/support/docx/read-docx-zip";

const HASH = "0123456789abcdef".repeat(4);
const TWIPS_PER_MM = 1440 / 25.4;

function baseInput(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    title: "2025年青山街道宣传文化与志愿服务工作总结",
    opening: ["2025年，青山街道坚持以群众需求为导向，现将工作情况总结如下："],
    parts: [
      {
        title: "主要工作成效",
        items: [
          { heading: "抓实理论宣讲，推动政策进社区。", paragraphs: ["全年开展宣讲86场，覆盖居民5200余人次。", "第二段正文。"] },
          { heading: "文明创建成效明显。", paragraphs: [] },
        ],
      },
      { title: "存在问题", items: [{ heading: "宣讲对青年群体覆盖不足。", paragraphs: ["青年参与率偏低。"] }] },
    ],
    closing: ["特此报告。"],
    signature: { unitName: "青山街道办事处", date: { year: 2025, month: 12, day: 26 } },
    draftMarking: null,
    approvedHash: null,
    verificationLine: false,
    ...overrides,
  };
}

const byText = (ps: InspectedParagraph[], text: string) => ps.find((p) => p.text === text);
const startingWith = (ps: InspectedParagraph[], text: string) => ps.find((p) => p.text.startsWith(text));

function expectFont(run: InspectedRun, font: string, halfPoints: number) {
  expect(run.fonts.eastAsia).toBe(font);
  expect(run.fonts.ascii).toBe(font);
  expect(run.fonts.hAnsi).toBe(font);
  expect(run.sizeHalfPoints).toBe(halfPoints);
  expect(run.bold).toBe(false);
  expect(attrsOf(run.rPr, "w:lang")?.eastAsia).toBe("zh-CN");
}

describe("buildDocx: package and page setup", () => {
  it("is a zip with the WordprocessingML parts", async () => {
    const docx = await buildDocx(baseInput());
    const names = zipEntryNames(docx);
    for (const name of ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "docProps/core.xml"]) {
      expect(names).toContain(name);
    }
  });

  it("sets A4, GB/T 9704 margins and the 22 × 28 document grid", async () => {
    const d = inspectDocx(await buildDocx(baseInput()));
    const pgSz = attrsOf(d.documentXml, "w:pgSz")!;
    expect(pgSz).toMatchObject({ w: "11906", h: "16838" });
    const mar = attrsOf(d.documentXml, "w:pgMar")!;
    expect(Number(mar.top) / TWIPS_PER_MM).toBeCloseTo(37, 1);
    expect(Number(mar.left) / TWIPS_PER_MM).toBeCloseTo(28, 1);
    expect(Number(mar.right) / TWIPS_PER_MM).toBeCloseTo(26, 1);
    expect(Number(mar.bottom) / TWIPS_PER_MM).toBeCloseTo(35, 1);
    // text block 156 × 225 mm
    expect((11906 - Number(mar.left) - Number(mar.right)) / TWIPS_PER_MM).toBeCloseTo(156, 1);
    expect((16838 - Number(mar.top) - Number(mar.bottom)) / TWIPS_PER_MM).toBeCloseTo(225, 1);
    expect(mar).toMatchObject({ top: "2098", left: "1587", right: "1475", bottom: "1984" });

    const grid = attrsOf(d.documentXml, "w:docGrid")!;
    expect(grid.type).toBe("linesAndChars");
    expect(grid.linePitch).toBe("579");
    // character pitch = 16 pt + charSpace/4096 pt ≈ 156 mm / 28
    const pitchPt = 16 + Number(grid.charSpace) / 4096;
    expect(pitchPt * 28).toBeLessThanOrEqual((156 * TWIPS_PER_MM) / 20);
    expect(pitchPt * 28).toBeGreaterThan((156 * TWIPS_PER_MM) / 20 - 0.5);
    expect(22 * Number(grid.linePitch)).toBeLessThanOrEqual(16838 - Number(mar.top) - Number(mar.bottom));
  });

  it("uses 仿宋 3号 as document default and in Normal, and declares fallbacks in the font table", async () => {
    const d = inspectDocx(await buildDocx(baseInput()));
    const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(d.stylesXml)![1];
    expect(attrsOf(defaults, "w:rFonts")).toMatchObject({ eastAsia: "仿宋_GB2312", ascii: "仿宋_GB2312", hAnsi: "仿宋_GB2312" });
    expect(attrsOf(defaults, "w:sz")?.val).toBe("32");
    expect(attrsOf(defaults, "w:lang")?.eastAsia).toBe("zh-CN");
    const normal = /<w:style [^>]*w:styleId="Normal"[^>]*>([\s\S]*?)<\/w:style>/.exec(d.stylesXml)![1];
    expect(attrsOf(normal, "w:rFonts")?.eastAsia).toBe("仿宋_GB2312");
    expect(attrsOf(normal, "w:sz")?.val).toBe("32");
    const summaBody = /<w:style [^>]*w:styleId="SummaBody"[^>]*>([\s\S]*?)<\/w:style>/.exec(d.stylesXml)![1];
    expect(attrsOf(summaBody, "w:snapToGrid")?.val).toBe("0");
    expect(attrsOf(summaBody, "w:spacing")).toMatchObject({ line: "579", lineRule: "exact" });

    const fontTable = d.part("word/fontTable.xml");
    expect(fontTable).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/>/);
    expect(fontTable).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
    expect(fontTable).toContain('w:name="方正小标宋简体"');
    expect(fontTable).toContain('w:name="黑体"');
    expect(fontTable).toContain('w:name="宋体"');
  });
});

describe("buildDocx: text elements", () => {
  it("sets the title in 2号 小标宋, centred, followed by one blank line", async () => {
    const d = inspectDocx(await buildDocx(baseInput()));
    const [title, blank, first] = d.paragraphs;
    expect(title.text).toBe("2025年青山街道宣传文化\n与志愿服务工作总结");
    expect(title.justification).toBe("center");
    expect(title.style).toBe("SummaTitle");
    for (const run of title.runs) expectFont(run, "方正小标宋简体", 44);
    expect(blank.text).toBe("");
    expect(first.text.startsWith("2025年，青山街道")).toBe(true);
  });

  it("keeps a short title on one line", async () => {
    const d = inspectDocx(await buildDocx(baseInput({ title: "青山街道2025年工作总结" })));
    expect(d.paragraphs[0].text).toBe("青山街道2025年工作总结");
  });

  it("sets body paragraphs in 3号 仿宋 with a 2-character first-line indent and exact line pitch", async () => {
    const d = inspectDocx(await buildDocx(baseInput()));
    const p = byText(d.paragraphs, "第二段正文。")!;
    expect(p.indent.firstLineChars).toBe("200");
    expect(Number(p.indent.firstLine)).toBeGreaterThanOrEqual(620);
    expect(Number(p.indent.firstLine)).toBeLessThanOrEqual(640);
    expect(p.spacing).toMatchObject({ line: "579", lineRule: "exact" });
    expect(p.justification).toBe("both");
    expect(p.runs).toHaveLength(1);
    expectFont(p.runs[0], "仿宋_GB2312", 32);
  });

  it("numbers parts 一、 in 黑体 and items （一） in 楷体, never bold", async () => {
    const d = inspectDocx(await buildDocx(baseInput()));
    const part1 = byText(d.paragraphs, "一、主要工作成效")!;
    const part2 = byText(d.paragraphs, "二、存在问题")!;
    for (const p of [part1, part2]) {
      expect(p.runs.length).toBeGreaterThan(0);
      for (const run of p.runs) expectFont(run, "黑体", 32);
      expect(p.indent.firstLineChars).toBe("200");
    }
    const headingOnly = byText(d.paragraphs, "（二）文明创建成效明显。")!;
    expect(headingOnly.runs).toHaveLength(1);
    expectFont(headingOnly.runs[0], "楷体_GB2312", 32);
    // item numbering restarts in each part
    expect(startingWith(d.paragraphs, "（一）宣讲对青年群体覆盖不足。")).toBeDefined();
    expect(d.documentXml).not.toMatch(/<w:b\/>|<w:b\s|<w:bCs/);
  });

  it("runs the first paragraph into the item heading: 楷体 run, then 仿宋 run, same paragraph", async () => {
    const d = inspectDocx(await buildDocx(baseInput()));
    const p = startingWith(d.paragraphs, "（一）抓实理论宣讲")!;
    expect(p.text).toBe("（一）抓实理论宣讲，推动政策进社区。全年开展宣讲86场，覆盖居民5200余人次。");
    expect(p.runs).toHaveLength(2);
    expect(p.runs[0].text).toBe("（一）抓实理论宣讲，推动政策进社区。");
    expectFont(p.runs[0], "楷体_GB2312", 32);
    expect(p.runs[1].text).toBe("全年开展宣讲86场，覆盖居民5200余人次。");
    expectFont(p.runs[1], "仿宋_GB2312", 32);
    // the following paragraph is a separate 仿宋 paragraph
    const idx = d.paragraphs.indexOf(p);
    expect(d.paragraphs[idx + 1].text).toBe("第二段正文。");
  });

  it("declares the East-Asian font and language on every run", async () => {
    const d = inspectDocx(await buildDocx(baseInput({ draftMarking: "征求意见稿", approvedHash: HASH, verificationLine: true })));
    const runs = d.paragraphs.flatMap((p) => p.runs);
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs) {
      expect(run.fonts.eastAsia, run.text).toBeTruthy();
      expect(run.fonts.ascii).toBe(run.fonts.eastAsia);
      expect(run.fonts.hAnsi).toBe(run.fonts.eastAsia);
      expect(attrsOf(run.rPr, "w:lang")?.eastAsia).toBe("zh-CN");
    }
  });

  it("derives numbering from order beyond ten", async () => {
    const parts = Array.from({ length: 12 }, (_, i) => ({
      title: `第${i + 1}部分`,
      items: Array.from({ length: 11 }, (_, j) => ({ heading: `事项${j + 1}。`, paragraphs: [] })),
    }));
    const d = inspectDocx(await buildDocx(baseInput({ parts })));
    expect(byText(d.paragraphs, "十、第10部分")).toBeDefined();
    expect(byText(d.paragraphs, "十二、第12部分")).toBeDefined();
    expect(byText(d.paragraphs, "（十一）事项11。")).toBeDefined();
  });
});

describe("buildDocx: page numbers", () => {
  it("enables different odd/even footers with — PAGE — in 4号 宋体, odd right and even left, 1 字 in", async () => {
    const d = inspectDocx(await buildDocx(baseInput()));
    expect(d.settingsXml).toContain("<w:evenAndOddHeaders/>");
    expect(Object.keys(d.footers).sort()).toEqual(["default", "even"]);

    for (const [type, xml] of Object.entries(d.footers)) {
      expect(xml).toMatch(/<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>[\s\S]*<w:fldChar w:fldCharType="end"\/>/);
      const [p] = parseParagraphs(xml);
      expect(p.text).toBe("—  —"); // the number itself is the field
      expect(p.runs[0].text).toBe("— ");
      expect(p.runs[p.runs.length - 1].text).toBe(" —");
      for (const run of p.runs) expectFont(run, "宋体", 28);
      if (type === "default") {
        expect(p.justification).toBe("right");
        expect(p.indent.right).toBe("280");
      } else {
        expect(p.justification).toBe("left");
        expect(p.indent.left).toBe("280");
      }
    }
  });
});

describe("buildDocx: signature and date", () => {
  it("puts the issuer 2 字 from the right and the date starting 2 字 right of it (equal lengths)", async () => {
    const d = inspectDocx(await buildDocx(baseInput()));
    const unit = byText(d.paragraphs, "青山街道办事处")!;
    const date = byText(d.paragraphs, "2025年12月26日")!;
    const idx = d.paragraphs.indexOf(unit);
    expect(d.paragraphs[idx - 1].text).toBe(""); // one blank line after the body
    expect(d.paragraphs[idx - 2].text).toBe("特此报告。");
    expect(d.paragraphs[idx + 1]).toBe(date);
    expect(unit.justification).toBe("right");
    expect(date.justification).toBe("right");
    const oneChar = Number(unit.indent.right) / 2;
    expect(oneChar).toBeGreaterThan(300);
    expect(oneChar).toBeLessThan(330);
    // issuer 7 字, date 7 字 (digits count half): date ends flush right
    expect(Number(date.indent.right ?? 0)).toBe(0);
  });

  it("keeps the last body paragraph, blank line and issuer with the date (no lone signature page)", async () => {
    const d = inspectDocx(await buildDocx(baseInput()));
    const unitIdx = d.paragraphs.findIndex((p) => p.text === "青山街道办事处");
    for (const p of d.paragraphs.slice(unitIdx - 2, unitIdx + 1)) expect(p.pPr).toContain("<w:keepNext/>");
    expect(d.paragraphs[unitIdx + 1].pPr).not.toContain("<w:keepNext/>");
  });

  it("moves the issuer left when the date is longer", async () => {
    const d = inspectDocx(await buildDocx(baseInput({ signature: { unitName: "青山街道", date: { year: 2025, month: 1, day: 5 } } })));
    const unit = byText(d.paragraphs, "青山街道")!;
    const date = byText(d.paragraphs, "2025年1月5日")!;
    const oneChar = Number(date.indent.right) / 2; // date 2 字 from the right
    expect(oneChar).toBeGreaterThan(300);
    // date 6 字 (2+1+0.5+1+0.5+1), issuer 4 字: issuer right indent = 2 + 2 + (6 − 4) = 6 字
    expect(Number(unit.indent.right) / oneChar).toBeCloseTo(6, 1);
  });

  it("writes the date in Arabic numerals without leading zeros", async () => {
    const d = inspectDocx(await buildDocx(baseInput({ signature: { unitName: "青山街道办事处", date: { year: 2026, month: 3, day: 7 } } })));
    expect(byText(d.paragraphs, "2026年3月7日")).toBeDefined();
    expect(d.documentXml).not.toContain("2026年03月07日");
  });
});

describe("buildDocx: heading styles Word and WPS see as an outline", () => {
  const styleXml = (xml: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(xml)?.[1];

  it("defines heading 1–4 with outline levels 1–4 in 黑体, 楷体_GB2312, 仿宋_GB2312, 仿宋_GB2312, 3号, not bold", async () => {
    const d = inspectDocx(await buildDocx(baseInput()));
    const expected = [["Heading1", "heading 1", "黑体"], ["Heading2", "heading 2", "楷体_GB2312"], ["Heading3", "heading 3", "仿宋_GB2312"], ["Heading4", "heading 4", "仿宋_GB2312"]];
    expected.forEach(([id, name, font], level) => {
      const style = styleXml(d.stylesXml, id);
      expect(style, id).toBeDefined();
      expect(attrsOf(style!, "w:name")?.val).toBe(name);
      expect(attrsOf(style!, "w:basedOn")?.val).toBe("SummaBody");
      expect(attrsOf(style!, "w:outlineLvl")?.val).toBe(String(level));
      expect(attrsOf(style!, "w:rFonts")).toMatchObject({ eastAsia: font, ascii: font, hAnsi: font });
      expect(attrsOf(style!, "w:sz")?.val).toBe("32");
      expect(attrsOf(style!, "w:b")?.val).toBe("0");
    });
  });

  it("gives 一、 and （一） paragraphs Heading1/Heading2, the run-in body keeping 仿宋 in the same paragraph", async () => {
    const d = inspectDocx(await buildDocx(baseInput()));
    expect(byText(d.paragraphs, "一、主要工作成效")!.style).toBe("Heading1");
    const runIn = startingWith(d.paragraphs, "（一）抓实理论宣讲")!;
    expect(runIn.style).toBe("Heading2");
    expect(runIn.runs.map((r) => r.text)).toEqual(["（一）抓实理论宣讲，推动政策进社区。", "全年开展宣讲86场，覆盖居民5200余人次。"]);
    expectFont(runIn.runs[0], "楷体_GB2312", 32);
    expectFont(runIn.runs[1], "仿宋_GB2312", 32);
    expect(byText(d.paragraphs, "第二段正文。")!.style).toBe("SummaBody");
    expect(d.paragraphs[0].style).toBe("SummaTitle");
    // w:outlineLvl only through the styles: the document body carries none of its own
    expect(d.documentXml).not.toContain("w:outlineLvl");
  });

  it("makes numbered 1. and (1) paragraphs Heading3/Heading4 with the lead sentence as its own run", async () => {
    const input = baseInput({
      parts: [
        {
          title: "主要工作成效",
          items: [
            {
              heading: "抓实理论宣讲。",
              paragraphs: ["1.线上宣讲。全年开展86场。", "(1)社区宣讲。覆盖居民5200余人次。", "（2）只有一句", "3.5万人参与。", "普通段落。"],
            },
          ],
        },
      ],
    });
    const d = inspectDocx(await buildDocx(input));
    // a numbered first paragraph is not run into the （一） heading
    expect(byText(d.paragraphs, "（一）抓实理论宣讲。")!.style).toBe("Heading2");
    const l3 = byText(d.paragraphs, "1.线上宣讲。全年开展86场。")!;
    expect(l3.style).toBe("Heading3");
    expect(l3.runs.map((r) => r.text)).toEqual(["1.线上宣讲。", "全年开展86场。"]);
    for (const run of l3.runs) expectFont(run, "仿宋_GB2312", 32);
    const l4 = byText(d.paragraphs, "（1）社区宣讲。覆盖居民5200余人次。")!;
    expect(l4.style).toBe("Heading4");
    expect(l4.runs.map((r) => r.text)).toEqual(["（1）社区宣讲。", "覆盖居民5200余人次。"]);
    expect(byText(d.paragraphs, "（2）只有一句")!.style).toBe("Heading4");
    expect(byText(d.paragraphs, "3.5万人参与。")!.style).toBe("SummaBody");
    expect(byText(d.paragraphs, "普通段落。")!.style).toBe("SummaBody");
  });
});

describe("buildDocx: punctuation (GB/T 15834)", () => {
  it("writes full-width punctuation in title, headings and bodies; times, decimals and tokens stay", async () => {
    const d = inspectDocx(
      await buildDocx(
        baseInput({
          title: "2025年工作总结(初稿)",
          opening: ['他说"好",时间10:30,增长3.5%...'],
          parts: [{ title: "主要工作成效:", items: [{ heading: "抓实宣讲;推动落实.", paragraphs: ["开展{{m:talks}}场,覆盖3,500人--成效明显!"] }] }],
        }),
      ),
    );
    expect(d.paragraphs[0].text).toBe("2025年工作总结（初稿）");
    expect(d.coreXml).toContain("<dc:title>2025年工作总结（初稿）</dc:title>");
    expect(byText(d.paragraphs, "他说“好”，时间10:30，增长3.5%……")).toBeDefined();
    expect(byText(d.paragraphs, "一、主要工作成效：")).toBeDefined();
    const runIn = startingWith(d.paragraphs, "（一）")!;
    expect(runIn.runs.map((r) => r.text)).toEqual(["（一）抓实宣讲；推动落实。", "开展{{m:talks}}场，覆盖3,500人——成效明显！"]);
  });
});

describe("buildDocx: draft marking, hash, verification line", () => {
  it("shows the draft marking right-aligned in 黑体 above the title", async () => {
    const d = inspectDocx(await buildDocx(baseInput({ draftMarking: "征求意见稿" })));
    const [marking, title] = d.paragraphs;
    expect(marking.text).toBe("征求意见稿");
    expect(marking.justification).toBe("right");
    expectFont(marking.runs[0], "黑体", 32);
    expect(title.style).toBe("SummaTitle");
  });

  it("has no draft marking for an approved report", async () => {
    const d = inspectDocx(await buildDocx(baseInput({ draftMarking: null, approvedHash: HASH })));
    expect(d.paragraphs[0].style).toBe("SummaTitle");
    expect(d.documentXml).not.toContain("征求意见稿");
  });

  it("stores the approved hash in the core properties and prints the verification line", async () => {
    const d = inspectDocx(await buildDocx(baseInput({ approvedHash: HASH.toUpperCase(), verificationLine: true })));
    expect(d.coreXml).toContain(`<dc:description>sha256:${HASH}</dc:description>`);
    expect(d.coreXml).toContain(`<cp:keywords>sha256:${HASH}</cp:keywords>`);
    const last = d.paragraphs[d.paragraphs.length - 1];
    expect(last.text).toBe(`本文档由 Summa 生成，审定版本校验码 sha256:${HASH.slice(0, 16)}…`);
    expectFont(last.runs[0], "仿宋_GB2312", 18);
    expect(d.paragraphs[d.paragraphs.length - 2].text).toBe("");
  });

  it("omits the verification line when not requested but keeps the hash in the document properties", async () => {
    const withHash = inspectDocx(await buildDocx(baseInput({ approvedHash: HASH, verificationLine: false })));
    expect(withHash.documentXml).not.toContain("校验码");
    expect(withHash.documentXml).not.toContain("Summa 生成");
    expect(withHash.paragraphs[withHash.paragraphs.length - 1].text).toBe("2025年12月26日");
    expect(withHash.coreXml).toContain(`<dc:description>sha256:${HASH}</dc:description>`);
    const custom = withHash.part("docProps/custom.xml");
    expect(custom).toMatch(new RegExp(`name="SummaApprovedSha256"[^>]*>\\s*<vt:lpwstr>${HASH}</vt:lpwstr>`));
    const noHash = inspectDocx(await buildDocx(baseInput({ approvedHash: null, verificationLine: true })));
    expect(noHash.coreXml).not.toContain("sha256");
    expect(noHash.documentXml).not.toContain("校验码");
  });

  it("rejects a malformed hash", async () => {
    await expect(buildDocx(baseInput({ approvedHash: "not-a-hash" }))).rejects.toThrow(/sha-256/);
  });
});

describe("buildDocx: user text stays literal", () => {
  const tricky = ["{PAGE}", "=SUM(A1)", "<w:t>", "&", "${x}", "&amp;", "]]>", '"quoted"', "MERGEFIELD name"];

  it("writes field-like, XML-like and template-like strings as plain text", async () => {
    const input = baseInput({
      title: "标题<w:t>&{PAGE}",
      opening: [tricky.join(" ")],
      parts: [{ title: "=SUM(A1)", items: [{ heading: "${x}。", paragraphs: ["<w:br/>&amp;"] }] }],
      signature: { unitName: "单位&<名>", date: { year: 2025, month: 1, day: 1 } },
    });
    const d = inspectDocx(await buildDocx(input));
    expect(d.paragraphs[0].text).toBe("标题<w:t>&{PAGE}");
    expect(byText(d.paragraphs, tricky.join(" "))).toBeDefined();
    expect(byText(d.paragraphs, "一、=SUM(A1)")).toBeDefined();
    expect(byText(d.paragraphs, "（一）${x}。<w:br/>&amp;")).toBeDefined();
    expect(byText(d.paragraphs, "单位&<名>")).toBeDefined();
    // no fields or injected markup in the body: the only field is PAGE in the footers
    expect(d.documentXml).not.toMatch(/<w:fldChar|<w:instrText|<w:fldSimple/);
    expect(d.documentXml).toContain("&lt;w:t&gt;");
    expect(d.documentXml).not.toContain("<w:br"); // "<w:br/>" in user text did not become a break
    expect(d.coreXml).toContain("<dc:title>标题&lt;w:t&gt;&amp;{PAGE}</dc:title>");
  });

  it("drops characters XML cannot carry and keeps line breaks as w:br", async () => {
    const d = inspectDocx(await buildDocx(baseInput({ opening: ["甲\u0001乙\u0008丙\uFFFF丁", "第一行\n第二行"] })));
    expect(byText(d.paragraphs, "甲乙丙丁")).toBeDefined();
    expect(byText(d.paragraphs, "第一行\n第二行")).toBeDefined();
  });
});

describe("buildDocx: size", () => {
  it("handles a 1 MB paragraph and 200 items in reasonable time", async () => {
    const big = "很长的段落内容，用于压力测试。".repeat(Math.ceil((1024 * 1024) / 15)).slice(0, 1024 * 1024);
    const items = Array.from({ length: 200 }, (_, i) => ({ heading: `第${i + 1}项工作。`, paragraphs: [`段落${i + 1}。`, `补充${i + 1}。`] }));
    const input = baseInput({ opening: [big], parts: [{ title: "主要工作成效", items }] });
    const t0 = performance.now();
    const docx = await buildDocx(input);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(15_000);
    const d = inspectDocx(docx);
    expect(byText(d.paragraphs, big)).toBeDefined();
    expect(byText(d.paragraphs, "（二百）第200项工作。段落200。")).toBeDefined();
    expect(byText(d.paragraphs, "（九十九）第99项工作。段落99。")).toBeDefined();
  });

  it("builds the 2024 fixture and a long report", async () => {
    const fixture = inspectDocx(await buildDocx(loadFixture2024()));
    expect(byText(fixture.paragraphs, "三、2025年工作计划")).toBeDefined();
    expect(startingWith(fixture.paragraphs, "（一）理论宣讲扎实开展。组建宣讲小分队4支")).toBeDefined();
    const long = inspectDocx(await buildDocx(longReport(60, 3)));
    expect(long.paragraphs.filter((p) => /^（[一二三四五六七八九十]+）/.test(p.text))).toHaveLength(60);
  });
});

describe("buildDocx: last year's plan with verdicts (through toDocument)", () => {
  const opts = { verificationLine: false };
  const texts = (d: ReturnType<typeof inspectDocx>) => d.paragraphs.map((p) => p.text);

  it("has the part 二、2023年工作计划完成情况 in document.xml, in 黑体, with verdicts and evidence in run-in items", async () => {
    const d = inspectDocx(await buildDocx(toDocument(loadFixtureSource2024({ planReviews: REVIEWS_2023, previousYear: 2023 }), opts)));
    const all = texts(d);
    const title = byText(d.paragraphs, "二、2023年工作计划完成情况")!;
    expect(title).toBeDefined();
    expectFont(title.runs[0], "黑体", 32);
    const at = all.indexOf("二、2023年工作计划完成情况");
    expect(all.slice(at + 1, at + 6)).toEqual([
      "（一）开展分众化宣讲，全年宣讲不少于80场。完成情况：部分完成。全年宣讲86场，面向青年12场。",
      "（二）注册志愿者人数达到2000人。完成情况：完成。",
      "（三）推动文化活动室错时开放。完成情况：未完成。场地改造延期。",
      "（四）举办主题节庆活动。完成情况：未评定。",
      "三、存在问题",
    ]);
    const item = byText(d.paragraphs, "（一）开展分众化宣讲，全年宣讲不少于80场。完成情况：部分完成。全年宣讲86场，面向青年12场。")!;
    expect(item.runs.map((r) => r.text)).toEqual(["（一）开展分众化宣讲，全年宣讲不少于80场。", "完成情况：部分完成。全年宣讲86场，面向青年12场。"]);
    expectFont(item.runs[0], "楷体_GB2312", 32);
    expectFont(item.runs[1], "仿宋_GB2312", 32);
    expect(all).toContain("四、2025年工作计划");
    expect(all.indexOf("一、主要工作成效")).toBeLessThan(at);
    // Raw document.xml has the words too (escaped text, one run per face).
    expect(d.documentXml).toContain("2023年工作计划完成情况");
    expect(d.documentXml).toContain("完成情况：部分完成。全年宣讲86场，面向青年12场。");
  });

  it("is unchanged for the fixture without reviews", async () => {
    const plain = inspectDocx(await buildDocx(toDocument(loadFixtureSource2024(), opts)));
    expect(texts(plain)).toContain("二、存在问题");
    expect(texts(plain)).toContain("三、2025年工作计划");
    expect(plain.documentXml).not.toContain("完成情况");
    const empty = inspectDocx(await buildDocx(toDocument(loadFixtureSource2024({ planReviews: [], previousYear: 2023 }), opts)));
    expect(empty.documentXml).toBe(plain.documentXml);
  });
});

/**
 * Font names written into the .docx, and the font table (word/fontTable.xml) that declares them.
 *
 * The document names the official fonts of GB/T 9704 practice so that offices which have them
 * installed (Windows with 仿宋_GB2312/楷体_GB2312/方正小标宋简体, or WPS) get the real faces.
 * Word has no per-run fallback list, so fallbacks are declared once per font in the font table:
 * `w:altName` (Word and LibreOffice try it when the named font is missing), plus charset 86
 * (GB2312), family and pitch, which Word's own substitution uses to pick a similar Chinese font.
 * docx 9.15 only writes font-table entries for embedded fonts, so build-docx passes this table
 * to `Packer.toBuffer` as an override of word/fontTable.xml.
 *
 * Rendering on this server (PDF/PNG) is handled by config/fonts/fonts.conf instead.
 */

export const FONT = {
  /** 2号 title: 方正小标宋简体 (commercial) */
  title: "方正小标宋简体",
  /** body, 3号: 仿宋_GB2312 */
  body: "仿宋_GB2312",
  /** first-level headings 一、 and the draft marking */
  heiti: "黑体",
  /** second-level headings （一） */
  kaiti: "楷体_GB2312",
  /** page numbers */
  song: "宋体",
} as const;

interface FontTableEntry {
  name: string;
  altName?: string;
  family: "roman" | "swiss" | "modern" | "script" | "decorative" | "auto";
  pitch: "fixed" | "variable" | "default";
}

/** Entries of word/fontTable.xml. Order is irrelevant to Word. */
export const FONT_TABLE: readonly FontTableEntry[] = [
  { name: FONT.body, altName: "仿宋", family: "modern", pitch: "fixed" },
  { name: "仿宋", altName: "FangSong", family: "modern", pitch: "fixed" },
  { name: FONT.kaiti, altName: "楷体", family: "modern", pitch: "fixed" },
  { name: "楷体", altName: "KaiTi", family: "modern", pitch: "fixed" },
  { name: FONT.heiti, altName: "SimHei", family: "modern", pitch: "fixed" },
  { name: FONT.title, altName: "方正小标宋_GBK", family: "auto", pitch: "fixed" },
  { name: FONT.song, altName: "SimSun", family: "auto", pitch: "variable" },
];

const xmlAttr = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Complete word/fontTable.xml. */
export function fontTableXml(entries: readonly FontTableEntry[] = FONT_TABLE): string {
  const fonts = entries
    .map((f) =>
      [
        `<w:font w:name="${xmlAttr(f.name)}">`,
        f.altName ? `<w:altName w:val="${xmlAttr(f.altName)}"/>` : "",
        `<w:charset w:val="86"/>`,
        `<w:family w:val="${f.family}"/>`,
        `<w:pitch w:val="${f.pitch}"/>`,
        `</w:font>`,
      ].join(""),
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${fonts}</w:fonts>`
  );
}

/**
 * Glyph coverage of the faces the PDF is rendered with: which font fontconfig picks for each official
 * font name of the .docx (with config/fonts/fonts.conf), its character set (from the font's cmap, as
 * fontconfig reads it), and how much of a text it covers. Node only (runs `fc-match` / `fc-query`);
 * used by lib/export/pdf/font-coverage.test.ts and `npx tsx bench/font-coverage.ts`, never by app code.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

import { FONT } from "../docx/fonts";
import { fixChinesePunctuation } from "../punctuation";

/** The official names of the .docx, by role. */
export const FONT_ROLES = [
  { role: "body (仿宋)", family: FONT.body },
  { role: "title (小标宋)", family: FONT.title },
  { role: "一、 headings (黑体)", family: FONT.heiti },
  { role: "（一） headings (楷体)", family: FONT.kaiti },
  { role: "page numbers (宋体)", family: FONT.song },
] as const;

export interface ResolvedFont {
  family: string;
  style: string;
  postscriptName: string;
  file: string;
  index: number;
}

function fc(cmd: string, args: string[], fontconfigFile: string): string {
  return execFileSync(cmd, args, { encoding: "utf8", env: { ...process.env, FONTCONFIG_FILE: fontconfigFile } });
}

/** The face fontconfig gives for a family name (the first match; what LibreOffice asks for too). */
export function resolveFont(family: string, fontconfigFile: string): ResolvedFont {
  // "-" separates family from size in fontconfig's pattern syntax, so it is escaped.
  const out = fc("fc-match", ["-f", "%{family[0]}\t%{style[0]}\t%{postscriptname}\t%{file}\t%{index}", family.replace(/-/g, "\\-")], fontconfigFile);
  const [fam, style, postscriptName, file, index] = out.split("\t");
  return { family: fam, style, postscriptName, file, index: Number(index) };
}

/** Faces fontconfig falls back to, in order, for a family (fc-match -s), without the first one. */
export function fallbackFonts(family: string, fontconfigFile: string, limit = 3): ResolvedFont[] {
  const out = fc("fc-match", ["-s", "-f", "%{family[0]}\t%{style[0]}\t%{postscriptname}\t%{file}\t%{index}\n", family.replace(/-/g, "\\-")], fontconfigFile);
  return out
    .split("\n")
    .filter(Boolean)
    .slice(1, 1 + limit)
    .map((line) => {
      const [fam, style, postscriptName, file, index] = line.split("\t");
      return { family: fam, style, postscriptName, file, index: Number(index) };
    });
}

/** Parses fontconfig's charset notation ("20-7e a0 4e00-9fa5 …", hex) into code points. */
export function parseCharset(charset: string): Set<number> {
  const points = new Set<number>();
  for (const range of charset.trim().split(/\s+/).filter(Boolean)) {
    const [a, b] = range.split("-").map((h) => parseInt(h, 16));
    for (let cp = a; cp <= (b ?? a); cp++) points.add(cp);
  }
  return points;
}

/** Code points with a glyph in the face (from its cmap). */
export function fontCharset(font: Pick<ResolvedFont, "file" | "index">, fontconfigFile: string): Set<number> {
  return parseCharset(fc("fc-query", ["-i", String(font.index), "-f", "%{charset}", font.file], fontconfigFile));
}

/** The 6763 Chinese characters of GB 2312 (rows 16–87), decoded from their EUC-CN codes. */
export function gb2312Hanzi(): string[] {
  const decoder = new TextDecoder("gb18030");
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let col = 0xa1; col <= 0xfe; col++) {
      if (row === 0xd7 && col >= 0xfa) continue; // D7FA–D7FE are empty in GB 2312
      out.push(decoder.decode(Uint8Array.from([row, col])));
    }
  }
  return out;
}

export interface Coverage {
  /** distinct characters of the text (whitespace left out) */
  distinct: number;
  /** characters of the text, counted with repetition */
  occurrences: number;
  /** distinct characters with no glyph in the face, most frequent first, with their counts */
  missing: Array<{ char: string; count: number }>;
  /** share of distinct characters covered, 0–1 */
  distinctShare: number;
  /** share of all characters covered, 0–1 */
  occurrenceShare: number;
}

export function coverage(text: string, charset: Set<number>): Coverage {
  const counts = new Map<string, number>();
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  const missing = [...counts.entries()]
    .filter(([ch]) => !charset.has(ch.codePointAt(0)!))
    .map(([char, count]) => ({ char, count }))
    .sort((a, b) => b.count - a.count || a.char.localeCompare(b.char));
  const occurrences = [...counts.values()].reduce((s, n) => s + n, 0);
  const missed = missing.reduce((s, m) => s + m.count, 0);
  return {
    distinct: counts.size,
    occurrences,
    missing,
    distinctShare: counts.size ? 1 - missing.length / counts.size : 1,
    occurrenceShare: occurrences ? 1 - missed / occurrences : 1,
  };
}

/**
 * The text of real reports: the seed fixtures (prisma/fixtures/*.txt) and the import corpus
 * (lib/reports/text/__corpus__/*.txt), as the exporters print it (GB/T 15834 punctuation applied).
 */
export function corpusText(root = process.cwd()): { files: string[]; text: string } {
  const dirs = ["prisma/fixtures", "lib/reports/text/__corpus__"];
  const files = dirs.flatMap((d) =>
    readdirSync(path.join(root, d))
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => path.join(d, f)),
  );
  const text = files.map((f) => fixChinesePunctuation(readFileSync(path.join(root, f), "utf8"))).join("\n");
  return { files, text };
}

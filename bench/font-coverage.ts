/**
 * `npx tsx bench/font-coverage.ts`: which face renders each official font of the .docx in the PDF
 * (config/fonts/fonts.conf), and its glyph coverage over the characters of real reports — the seed
 * fixtures and the import corpus — and over GB 2312's 6763 characters, with every character that
 * falls back and the face it falls back to. Not a timing bench, so it is not a *.bench.ts file.
 */
import path from "node:path";
import { corpusText, coverage, fallbackFonts, fontCharset, FONT_ROLES, gb2312Hanzi, resolveFont } from "../lib/export/pdf/font-coverage";

const fontsConf = path.resolve(process.cwd(), "config/fonts/fonts.conf");
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const { files, text } = corpusText();
const gb = gb2312Hanzi().join("");

console.log(`glyph coverage over ${files.length} files (${[...new Set(text.replace(/\s/g, ""))].length} distinct characters), fontconfig ${path.relative(process.cwd(), fontsConf)}`);
for (const { role, family } of FONT_ROLES) {
  const font = resolveFont(family, fontsConf);
  const charset = fontCharset(font, fontsConf);
  const c = coverage(text, charset);
  const g = coverage(gb, charset);
  console.log(`\n${role}: ${family} → ${font.family} ${font.style} (${font.postscriptName}, ${path.basename(font.file)})`);
  console.log(`  corpus: ${pct(c.occurrenceShare)} of ${c.occurrences} characters, ${pct(c.distinctShare)} of ${c.distinct} distinct`);
  console.log(`  GB 2312 hanzi: ${pct(g.distinctShare)} (${g.missing.length} missing)`);
  if (c.missing.length > 0) {
    const fallbacks = fallbackFonts(family, fontsConf).map((f) => ({ f, set: fontCharset(f, fontsConf) }));
    const list = c.missing.map((m) => {
      const by = fallbacks.find((x) => x.set.has(m.char.codePointAt(0)!));
      return `${m.char}×${m.count}→${by ? by.f.family : "none"}`;
    });
    console.log(`  falls back: ${list.join(" ")}`);
  }
}

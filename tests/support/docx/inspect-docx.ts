/**
 * Small read-only inspection of a generated .docx, for tests: the package parts
 * (via read-docx-zip) and a regex-level scan of WordprocessingML paragraphs and runs. It is
 * written for the flat documents build-docx produces (no tables, no nested paragraphs).
 */
import { readDocxParts } from "./read-docx-zip";

export interface InspectedRun {
  /** Raw <w:rPr> content ("" when none). */
  rPr: string;
  /** Decoded text of the run's <w:t> elements; <w:br/> becomes "\n". */
  text: string;
  /** w:rFonts attributes, e.g. { eastAsia: "仿宋_GB2312", ascii: … }. */
  fonts: Record<string, string>;
  /** w:sz in half-points, or null. */
  sizeHalfPoints: number | null;
  bold: boolean;
}

export interface InspectedParagraph {
  /** Raw <w:pPr> content ("" when none). */
  pPr: string;
  style: string | null;
  /** w:jc value, or null. */
  justification: string | null;
  /** w:ind attributes. */
  indent: Record<string, string>;
  /** w:spacing attributes. */
  spacing: Record<string, string>;
  runs: InspectedRun[];
  text: string;
}

export function decodeXmlText(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      case "amp":
        return "&";
      default:
        return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** Attributes of the first `<tag …>` in xml (names without the `w:` prefix), or null. */
export function attrsOf(xml: string, tag: string): Record<string, string> | null {
  const m = new RegExp(`<${tag}(?=[\\s/>])([^>]*?)/?>`).exec(xml);
  if (!m) return null;
  const attrs: Record<string, string> = {};
  for (const a of m[1].matchAll(/([\w:]+)="([^"]*)"/g)) {
    attrs[a[1].replace(/^w:/, "")] = decodeXmlText(a[2]);
  }
  return attrs;
}

function inner(xml: string, tag: string): string {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? m[1] : "";
}

export function parseRuns(paragraphXml: string): InspectedRun[] {
  const runs: InspectedRun[] = [];
  for (const m of paragraphXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
    const body = m[1];
    const rPr = inner(body, "w:rPr");
    let text = "";
    for (const piece of body.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t\s*\/>|<w:br\s*\/>/g)) {
      if (piece[0].startsWith("<w:br")) text += "\n";
      else text += decodeXmlText(piece[1] ?? "");
    }
    const sz = attrsOf(rPr, "w:sz");
    const b = attrsOf(rPr, "w:b");
    runs.push({
      rPr,
      text,
      fonts: attrsOf(rPr, "w:rFonts") ?? {},
      sizeHalfPoints: sz ? Number(sz.val) : null,
      bold: b !== null && b.val !== "0" && b.val !== "false",
    });
  }
  return runs;
}

export function parseParagraphs(xml: string): InspectedParagraph[] {
  const out: InspectedParagraph[] = [];
  for (const m of xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p\s[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = m[1] ?? m[2] ?? "";
    const pPr = inner(body, "w:pPr");
    const runs = parseRuns(body);
    out.push({
      pPr,
      style: attrsOf(pPr, "w:pStyle")?.val ?? null,
      justification: attrsOf(pPr, "w:jc")?.val ?? null,
      indent: attrsOf(pPr, "w:ind") ?? {},
      spacing: attrsOf(pPr, "w:spacing") ?? {},
      runs,
      text: runs.map((r) => r.text).join(""),
    });
  }
  return out;
}

export interface InspectedDocx {
  parts: Map<string, string>;
  part(name: string): string;
  documentXml: string;
  stylesXml: string;
  settingsXml: string;
  coreXml: string;
  paragraphs: InspectedParagraph[];
  /** Footer part XML by reference type ("default" = odd pages, "even"). */
  footers: Record<string, string>;
}

export function inspectDocx(docx: Uint8Array): InspectedDocx {
  const parts = readDocxParts(docx);
  const part = (name: string) => {
    const p = parts.get(name);
    if (p === undefined) throw new Error(`missing part ${name}`);
    return p;
  };
  const documentXml = part("word/document.xml");
  const rels = part("word/_rels/document.xml.rels");
  const footers: Record<string, string> = {};
  for (const ref of documentXml.matchAll(/<w:footerReference\s([^>]*)\/>/g)) {
    const type = /w:type="([^"]+)"/.exec(ref[1])?.[1] ?? "default";
    const id = /r:id="([^"]+)"/.exec(ref[1])?.[1];
    const target = new RegExp(`<Relationship[^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
      ?? new RegExp(`<Relationship[^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    if (target) footers[type] = part(`word/${target.replace(/^\/?word\//, "")}`);
  }
  const body = inner(documentXml, "w:body");
  return {
    parts,
    part,
    documentXml,
    stylesXml: part("word/styles.xml"),
    settingsXml: part("word/settings.xml"),
    coreXml: part("docProps/core.xml"),
    paragraphs: parseParagraphs(body),
    footers,
  };
}

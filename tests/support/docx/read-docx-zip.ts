/**
 * The parts of a .docx (a ZIP package) for tests: read with fflate, which docx itself depends on, so the
 * tests need no ZIP code of their own.
 */
import { unzipSync } from "fflate";

/** Every entry of a ZIP as name → bytes (folders left out), in the package's order. */
export function readZip(buf: Uint8Array): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const [name, data] of Object.entries(unzipSync(buf))) {
    if (!name.endsWith("/")) files.set(name, Buffer.from(data));
  }
  return files;
}

/** The names of a ZIP's entries. */
export function zipEntryNames(buf: Uint8Array): string[] {
  return [...readZip(buf).keys()];
}

/** The text (UTF-8) parts of a .docx by path, e.g. `word/document.xml`. */
export function readDocxParts(docx: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [name, data] of readZip(docx)) {
    if (/\.(xml|rels)$/.test(name)) parts.set(name, data.toString("utf8"));
  }
  return parts;
}

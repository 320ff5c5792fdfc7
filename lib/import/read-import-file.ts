import "server-only";
import mammoth from "mammoth";
import { DomainError } from "@/lib/errors";

/** Largest document accepted for import; a real annual summary in Word is well under 2 MB. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The text of an uploaded summary: .docx through mammoth (its raw-text reader keeps one paragraph per
 * line, which is what the structure parser reads), .txt/.md as UTF-8 or, failing that, GB18030 — the
 * encoding Chinese Windows saves plain text in.
 */
export async function readImportFile(file: File): Promise<string> {
  if (file.size === 0) throw new DomainError("importFileEmpty");
  if (file.size > IMPORT_MAX_BYTES) throw new DomainError("importFileTooLarge");
  const name = file.name.toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (name.endsWith(".docx")) {
    try {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return value.replace(/\n{2,}/g, "\n");
    } catch {
      throw new DomainError("importFileUnreadable");
    }
  }
  if (name.endsWith(".txt") || name.endsWith(".md")) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
    } catch {
      return new TextDecoder("gb18030").decode(bytes);
    }
  }
  if (name.endsWith(".doc")) throw new DomainError("importDocUnsupported");
  throw new DomainError("importFileType");
}

/**
 * `Content-Disposition` for downloads named after a report title (RFC 6266 with RFC 8187 `filename*`).
 *
 *   attachment; filename="<ASCII fallback>.docx"; filename*=UTF-8''<percent-encoded UTF-8 name>.docx
 *
 * User text never reaches the header unfiltered: the name is cleaned to something every file system
 * accepts (no controls, no CR/LF, no path separators or Windows-reserved characters, no bidi overrides
 * that disguise an extension, no leading dot), `filename*` is percent-encoded down to RFC 8187 attr-chars,
 * and the quoted fallback holds printable ASCII only, without `"`, `\` or `%` (RFC 6266 appendix D),
 * so no escaping is needed and the header is always pure ASCII.
 */

export interface ContentDispositionOptions {
  /** The name as users know it, e.g. the report title; any Unicode. */
  name: string;
  /** File extension without the dot: "docx", "pdf", "md". */
  extension: string;
  /** Base name for clients that ignore `filename*` (ASCII); derived from `name` when absent. */
  fallbackName?: string;
  /** Default "attachment". */
  type?: "attachment" | "inline";
}

/** Longest base name kept, in UTF-8 bytes (file systems allow 255 bytes; 200 bytes ≈ 66 CJK characters). */
export const MAX_BASE_BYTES = 200;

const DEFAULT_BASE = "download";

// C0 and C1 controls and DEL; line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
// Bidirectional formatting characters (can make "exe.docx" display as "xcod.exe") and zero-width marks.
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Path separators and the characters Windows does not allow in names.
const RESERVED = /[/\\:*?"<>|]/g;

/**
 * A base name (without extension) that is safe as a file name on Windows, macOS and Linux.
 * Returns "" when nothing usable is left.
 */
export function sanitizeBaseName(name: string, maxBytes = MAX_BASE_BYTES): string {
  const cleaned = name
    .normalize("NFC")
    .replace(LONE_SURROGATE, "")
    .replace(INVISIBLE, "")
    .replace(CONTROLS, " ")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, ""); // no hidden files, no "../"
  let cut = "";
  let bytes = 0;
  for (const ch of cleaned) {
    // whole code points only, so a surrogate pair is never split
    bytes += Buffer.byteLength(ch, "utf8");
    if (bytes > maxBytes) break;
    cut += ch;
  }
  return cut.replace(/[.\s]+$/, ""); // Windows drops trailing dots and spaces
}

/** Printable ASCII allowed in the quoted fallback: no `"`, `\`, `%`, none of RESERVED, and no `;` `,` `=`
 * that a naive parser could take for a parameter boundary. */
const FALLBACK_UNSAFE = /[^A-Za-z0-9 !#$&'()+\-.@[\]^_`{}~]/g;

/** ASCII-only version of a base name for the `filename` parameter. */
export function asciiFallbackBase(name: string): string {
  const ascii = sanitizeBaseName(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036F]/g, "") // é → e
    .replace(FALLBACK_UNSAFE, "_")
    .replace(/_+/g, "_")
    .replace(/^[_.\s]+|[_.\s]+$/g, "");
  return /[A-Za-z0-9]/.test(ascii) ? ascii : "";
}

/** RFC 8187 value-chars: attr-char stays, everything else is %XX of its UTF-8 bytes. */
export function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function cleanExtension(extension: string): string {
  const ext = extension.replace(/^\./, "").toLowerCase();
  if (!/^[a-z0-9]{1,10}$/.test(ext)) throw new TypeError(`invalid file extension: ${JSON.stringify(extension)}`);
  return ext;
}

/** The file name a download gets: the cleaned name plus the extension. */
export function downloadFilename(name: string, extension: string): string {
  return `${sanitizeBaseName(name) || DEFAULT_BASE}.${cleanExtension(extension)}`;
}

/** The `Content-Disposition` header value. Always printable ASCII. */
export function contentDisposition(opts: ContentDispositionOptions): string {
  const ext = cleanExtension(opts.extension);
  const base = sanitizeBaseName(opts.name) || DEFAULT_BASE;
  const fallback = asciiFallbackBase(opts.fallbackName ?? "") || asciiFallbackBase(base) || DEFAULT_BASE;
  return `${opts.type ?? "attachment"}; filename="${fallback}.${ext}"; filename*=UTF-8''${encodeRfc8187(`${base}.${ext}`)}`;
}

// The text of a section as the reading view prints it (figures rendered, one segment per heading and
// paragraph). A quoted passage is stored as that text plus its offset in it, because that is what a leader
// selects; comparing with the section's reading text today tells whether the passage has changed since.
import { paragraphsOf } from "@/lib/reports/document-model";
import { renderMetrics, type MetricLookup } from "@/lib/reports/text";

export interface ReadingSegment {
  /** Offset of the segment in the section's reading text. */
  start: number;
  text: string;
  role: "heading" | "paragraph";
}

/** Segments are joined with "\n" in the reading text, so a quote across paragraphs keeps its break. */
export const SEGMENT_JOINER = "\n";

export function sectionSegments(section: { heading: string; body: string }, metrics: MetricLookup): ReadingSegment[] {
  const parts: { text: string; role: ReadingSegment["role"] }[] = [];
  const heading = renderMetrics(section.heading.trim(), metrics);
  if (heading) parts.push({ text: heading, role: "heading" });
  for (const p of paragraphsOf(section.body)) parts.push({ text: renderMetrics(p, metrics), role: "paragraph" });
  let offset = 0;
  return parts.map((p) => {
    const seg = { start: offset, text: p.text, role: p.role };
    offset += p.text.length + SEGMENT_JOINER.length;
    return seg;
  });
}

export function readingText(segments: readonly ReadingSegment[]): string {
  return segments.map((s) => s.text).join(SEGMENT_JOINER);
}

export interface QuoteAnchor {
  /** The quoted words no longer appear in the section. */
  changed: boolean;
  /** Where they are now (null when changed). */
  start: number | null;
}

/**
 * Finds a quoted passage in today's text: where it was, else its nearest occurrence (text added before it
 * moves it without changing it), else it counts as changed — the comment then shows the quote as it read.
 */
export function anchorQuote(text: string, quote: string, quoteStart: number | null): QuoteAnchor {
  if (!quote) return { changed: false, start: null };
  if (quoteStart !== null && text.startsWith(quote, quoteStart)) return { changed: false, start: quoteStart };
  let best: number | null = null;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best === null || Math.abs(at - (quoteStart ?? 0)) < Math.abs(best - (quoteStart ?? 0))) best = at;
  }
  return best === null ? { changed: true, start: null } : { changed: false, start: best };
}

/**
 * A selection in the reading view, made of two (segment start, offset in segment) points, as the exact
 * quote and its offset; null when it is empty or does not lie in the text.
 */
export function quoteFromSelection(
  text: string,
  a: { segStart: number; offset: number },
  b: { segStart: number; offset: number },
): { quote: string; quoteStart: number } | null {
  const p = a.segStart + a.offset;
  const q = b.segStart + b.offset;
  const start = Math.max(0, Math.min(p, q));
  const end = Math.min(text.length, Math.max(p, q));
  const raw = text.slice(start, end);
  // Leading/trailing whitespace and line breaks are not part of what the leader meant to quote.
  const lead = raw.length - raw.trimStart().length;
  const quote = raw.trim();
  if (!quote) return null;
  return { quote, quoteStart: start + lead };
}

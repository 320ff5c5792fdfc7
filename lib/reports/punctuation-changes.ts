// What the one-click punctuation fix (GB/T 15834) changes in a text, as short before/after snippets for
// the editor to show. Pure: used by the domain function (lib/reports/fix-punctuation.ts) and its tests.
import { diffChars } from "diff";
import { fixChinesePunctuation } from "@/lib/export/punctuation";

export interface PunctuationSnippet {
  before: string;
  after: string;
}

const CONTEXT = 6;

/**
 * The fixed text and one snippet per changed place: the changed characters with up to CONTEXT
 * characters of unchanged text on either side (places closer than that are merged into one snippet).
 */
export function punctuationChanges(text: string): { fixed: string; snippets: PunctuationSnippet[] } {
  const fixed = fixChinesePunctuation(text);
  if (fixed === text) return { fixed, snippets: [] };
  const parts = diffChars(text, fixed);
  // Changed regions as [start, end) in the old text and in the new text.
  const regions: Array<{ a0: number; a1: number; b0: number; b1: number }> = [];
  let a = 0;
  let b = 0;
  for (const p of parts) {
    const n = p.value.length;
    if (!p.added && !p.removed) {
      a += n;
      b += n;
      continue;
    }
    const last = regions[regions.length - 1];
    const region = last && last.a1 + 2 * CONTEXT >= a && last.b1 + 2 * CONTEXT >= b ? last : null;
    const r = region ?? { a0: a, a1: a, b0: b, b1: b };
    if (p.removed) a += n;
    else b += n;
    r.a1 = a;
    r.b1 = b;
    if (!region) regions.push(r);
  }
  const snippets = regions.map((r) => ({
    before: text.slice(Math.max(0, r.a0 - CONTEXT), r.a1 + CONTEXT),
    after: fixed.slice(Math.max(0, r.b0 - CONTEXT), r.b1 + CONTEXT),
  }));
  return { fixed, snippets };
}

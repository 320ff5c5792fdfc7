// Recall and precision of findStatedChanges on sentences copied from public work summaries and
// annotated by hand, so changes to the patterns are measured against real drafting habits
// rather than only against cases written to fit them.

import { describe, expect, it } from "vitest";
import corpus from "./__corpus__/stated-changes.json";
import { findStatedChanges, type StatedChange } from "./stated-change";

interface Expected {
  phrase: string;
  kind: string;
  direction: string;
  amount: number;
}
interface CorpusItem {
  text: string;
  source: string;
  expected: Expected[];
}

// Phrase boundaries are a matter of taste (同比增长5% vs 增长5%), so either may contain the other.
function matches(found: StatedChange, expected: Expected): boolean {
  return (
    found.kind === expected.kind &&
    found.direction === expected.direction &&
    found.amount !== undefined &&
    Math.abs(found.amount - expected.amount) < 1e-9 &&
    (found.phrase.includes(expected.phrase) || expected.phrase.includes(found.phrase))
  );
}

describe("findStatedChanges on the corpus", () => {
  const items = corpus as CorpusItem[];

  it("has a usable corpus", () => {
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const item of items) expect(item.source).toMatch(/^https?:\/\//);
  });

  it("reaches recall ≥ 0.8 and precision ≥ 0.9", () => {
    let expectedTotal = 0;
    let foundTotal = 0;
    let hits = 0;
    const misses: string[] = [];
    const spurious: string[] = [];
    for (const item of items) {
      const found = findStatedChanges(item.text);
      const unused = new Set(found);
      for (const e of item.expected) {
        const hit = [...unused].find((f) => matches(f, e));
        if (hit) {
          unused.delete(hit);
          hits++;
        } else misses.push(`${e.phrase} ← ${item.text}`);
      }
      for (const f of unused) spurious.push(`${f.phrase} ← ${item.text}`);
      expectedTotal += item.expected.length;
      foundTotal += found.length;
    }
    const recall = hits / expectedTotal;
    const precision = foundTotal === 0 ? 1 : hits / foundTotal;
    const sources = new Set(items.map((i) => i.source)).size;
    console.log(
      `[corpus] stated changes: recall ${hits}/${expectedTotal} = ${recall.toFixed(3)}, ` +
        `precision ${hits}/${foundTotal} = ${precision.toFixed(3)} (${items.length} sentences, ${sources} sources)`,
    );
    if (misses.length) console.log(`[corpus] missed:\n  ${misses.join("\n  ")}`);
    if (spurious.length) console.log(`[corpus] spurious:\n  ${spurious.join("\n  ")}`);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});

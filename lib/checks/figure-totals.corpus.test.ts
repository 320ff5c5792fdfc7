// The totals check on sentences copied from public work summaries and government reports (courts,
// civil affairs, schools, communities, agriculture …), each annotated by hand with the whole/parts
// relations a reader sees in it (__corpus__/totals.json). Measured:
//  - recall and precision of the relations found (same whole, same parts);
//  - false alarms: real, published sentences on which the check would warn (none are inconsistent);
//  - mutation recall: each relation found, with one part raised so the parts overflow the whole (or a
//    合计 list changed by one), must then be caught.
import { describe, expect, it } from "vitest";
import corpus from "./__corpus__/totals.json";
import { findTextTotalIssues, findTextTotals } from "./figure-totals";

interface Relation {
  rule: "parts" | "sum";
  total: number;
  parts: number[];
  unit: string;
  consistent: boolean;
}
interface Item {
  text: string;
  source: string;
  relations: Relation[];
}

const items = corpus as Item[];
const none = new Map<string, { value: number | null; unit: string }>();
const key = (total: number, parts: number[]) => `${total}:${[...parts].sort((a, b) => a - b).join(",")}`;

function measure() {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let alarms = 0;
  let mutated = 0;
  let caught = 0;
  for (const item of items) {
    const found = findTextTotals(item.text, none);
    const got = new Set(found.map((r) => key(r.total.value, r.parts.map((p) => p.value))));
    const want = new Set(item.relations.map((r) => key(r.total, r.parts)));
    for (const w of want) (got.has(w) ? tp++ : fn++);
    for (const g of got) if (!want.has(g)) fp++;
    alarms += findTextTotalIssues(item.text, none).length;
    // Mutations: the largest part of each relation found raised past the whole.
    for (const r of found) {
      if (!want.has(key(r.total.value, r.parts.map((p) => p.value)))) continue;
      const part = [...r.parts].sort((a, b) => b.scaled - a.scaled)[0]!;
      const raised = r.rule === "parts" ? Math.ceil(r.total.scaled / (part.scaled / part.value || 1)) + 1 : part.value + 1;
      const text = item.text.slice(0, part.index) + String(raised) + item.text.slice(part.index + part.length);
      mutated++;
      if (findTextTotalIssues(text, none).length > 0) caught++;
    }
  }
  return { tp, fn, fp, alarms, mutated, caught, recall: tp / (tp + fn), precision: tp / (tp + fp), mutationRecall: caught / mutated };
}

describe("findTextTotals on the corpus", () => {
  it("has a usable corpus", () => {
    expect(items.length).toBeGreaterThanOrEqual(100);
    expect(items.filter((i) => i.relations.length > 0).length).toBeGreaterThanOrEqual(50);
    for (const item of items) expect(item.source).toMatch(/^https?:\/\//);
  });

  it("finds the relations (recall ≥ 0.8, precision ≥ 0.9), raises no false alarm and catches the mutations", () => {
    const m = measure();
    console.log(
      `[totals corpus] ${items.length} sentences, relations: recall ${(m.recall * 100).toFixed(1)}% (${m.tp}/${m.tp + m.fn}), ` +
        `precision ${(m.precision * 100).toFixed(1)}% (${m.tp}/${m.tp + m.fp}); false alarms ${m.alarms}; ` +
        `mutations caught ${m.caught}/${m.mutated}`,
    );
    expect(m.recall).toBeGreaterThanOrEqual(0.8);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    // Every relation of the corpus is consistent as published: any warning would be a false alarm.
    expect(items.flatMap((i) => i.relations).every((r) => r.consistent)).toBe(true);
    expect(m.alarms).toBe(0);
    expect(m.caught / m.mutated).toBeGreaterThanOrEqual(0.95);
  });
});

describe("findTextTotalIssues on whole documents", () => {
  it("raises no warning on the import corpus (26 real summaries, line by line)", async () => {
    const { loadCorpus } = await import("@/lib/reports/text/__corpus__/load");
    const docs = loadCorpus();
    expect(docs.length).toBeGreaterThanOrEqual(20);
    const alarms = docs.flatMap((d) => d.text.split("\n").flatMap((line) => findTextTotalIssues(line, none).map((a) => `${d.file}: ${line.slice(0, 60)} ${JSON.stringify(a)}`)));
    expect(alarms).toEqual([]);
  });
});

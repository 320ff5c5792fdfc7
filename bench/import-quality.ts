/**
 * `npx tsx bench/import-quality.ts`: quality of the pure-text import (issue 9) over the hand-annotated
 * corpus in lib/reports/text/__corpus__/ — blank recall/precision and kind accuracy, documents whose
 * part counts are all right, titles, junk-line recall/precision — and every miss. Not a timing bench,
 * so it is not a *.bench.ts file for bench/run.ts.
 */
import { loadCorpus } from "../lib/reports/text/__corpus__/load";
import { scoreCorpus } from "../lib/reports/text/corpus-quality";

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

const corpus = loadCorpus();
const score = scoreCorpus(corpus);
// Documents annotated after the rules were written: the honest out-of-sample share of the corpus.
const heldOut = scoreCorpus(corpus.filter((d) => d.heldOut));
const t = score.totals;
console.log(`import quality over ${score.documents.length} documents`);
console.log(`  blank recall      ${pct(score.blankRecall)}  (${t.matchedBlanks}/${t.expectedBlanks})`);
console.log(`  blank precision   ${pct(score.blankPrecision)}  (${t.matchedBlanks}/${t.foundBlanks})`);
console.log(`  kind accuracy     ${pct(score.kindAccuracy)}`);
console.log(`  part counts right ${pct(score.structureRight)}`);
console.log(`  title right       ${pct(score.titleRight)}`);
console.log(`  junk recall       ${pct(score.junkRecall)}  (${t.matchedJunk}/${t.expectedJunk})`);
console.log(`  junk precision    ${pct(score.junkPrecision)}  (${t.matchedJunk}/${t.foundJunk})`);
console.log(
  `held out (${heldOut.documents.length} documents): part counts ${pct(heldOut.structureRight)}, titles ${pct(heldOut.titleRight)}, junk recall ${pct(heldOut.junkRecall)}`,
);

for (const d of score.documents) {
  const lines: string[] = [];
  for (const b of d.missedBlanks) lines.push(`missed blank ${b}`);
  for (const b of d.extraBlanks) lines.push(`extra blank ${b}`);
  for (const k of d.wrongKinds) lines.push(`kind ${k}`);
  if (!d.countsRight) lines.push(`part counts expected ${d.counts.expected.join("/")}, got ${d.counts.actual.join("/")}`);
  if (!d.titleRight) lines.push(`title got ${JSON.stringify(d.actualTitle)}`);
  for (const j of d.missedJunk) lines.push(`missed junk ${j}`);
  for (const j of d.extraJunk) lines.push(`extra junk ${j}`);
  for (const r of d.wrongReasons) lines.push(`junk reason ${r}`);
  if (lines.length > 0) console.log(`\n${d.file}\n  ${lines.join("\n  ")}`);
}

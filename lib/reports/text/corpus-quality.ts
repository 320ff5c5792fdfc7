// Scores detectBlanks and parseImportBlocks against the hand-annotated corpus in __corpus__/
// (issue 9). Pure: the caller reads the files, so the bench script and the vitest test share it.

import { detectBlanks, type BlankKind } from "./detect-blanks";
import { countImportItems, parseImportBlocks } from "./import-blocks";

export interface ExpectedBlank {
  match: string;
  kind: BlankKind;
}

export interface CorpusDocument {
  file: string;
  text: string;
  title: string | null;
  blanks: ExpectedBlank[];
  achievements: number;
  problems: number;
  plan: number;
  junk: Array<{ text: string; reason: string }>;
  /** Added and annotated after the rules were written. */
  heldOut?: boolean;
}

export interface DocumentScore {
  file: string;
  missedBlanks: string[];
  extraBlanks: string[];
  wrongKinds: string[];
  counts: { expected: [number, number, number]; actual: [number, number, number] };
  countsRight: boolean;
  titleRight: boolean;
  actualTitle: string | null;
  missedJunk: string[];
  extraJunk: string[];
  wrongReasons: string[];
}

export interface CorpusScore {
  documents: DocumentScore[];
  blankRecall: number;
  blankPrecision: number;
  kindAccuracy: number;
  structureRight: number;
  titleRight: number;
  junkRecall: number;
  junkPrecision: number;
  totals: { expectedBlanks: number; foundBlanks: number; matchedBlanks: number; expectedJunk: number; foundJunk: number; matchedJunk: number };
}

/** Pairs two sequences of strings in order (longest common subsequence): matching by string and position order. */
function alignInOrder(expected: readonly string[], actual: readonly string[]): Array<[number, number]> {
  const n = expected.length;
  const m = actual.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = expected[i] === actual[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (expected[i] === actual[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreCorpus(documents: readonly CorpusDocument[]): CorpusScore {
  let expectedBlanks = 0;
  let foundBlanks = 0;
  let matchedBlanks = 0;
  let rightKinds = 0;
  let expectedJunk = 0;
  let foundJunk = 0;
  let matchedJunk = 0;
  const scores: DocumentScore[] = [];

  for (const doc of documents) {
    const found = detectBlanks(doc.text);
    const pairs = alignInOrder(
      doc.blanks.map((b) => b.match),
      found.map((b) => b.match),
    );
    const matchedExpected = new Set(pairs.map(([e]) => e));
    const matchedFound = new Set(pairs.map(([, a]) => a));
    const wrongKinds = pairs
      .filter(([e, a]) => doc.blanks[e].kind !== found[a].kind)
      .map(([e, a]) => `${doc.blanks[e].match} (#${e + 1}): expected ${doc.blanks[e].kind}, got ${found[a].kind}`);
    expectedBlanks += doc.blanks.length;
    foundBlanks += found.length;
    matchedBlanks += pairs.length;
    rightKinds += pairs.length - wrongKinds.length;

    const blocks = parseImportBlocks(doc.text);
    const counts = countImportItems(blocks);
    const actual: [number, number, number] = [counts.achievements, counts.problems, counts.plan];
    const expected: [number, number, number] = [doc.achievements, doc.problems, doc.plan];
    const actualTitle = blocks.find((b) => b.kind === "TITLE")?.text ?? null;

    const removed = blocks.filter((b) => b.kind === "REMOVED");
    const junkPairs = alignInOrder(
      doc.junk.map((j) => j.text),
      removed.map((b) => b.text),
    );
    const junkE = new Set(junkPairs.map(([e]) => e));
    const junkA = new Set(junkPairs.map(([, a]) => a));
    expectedJunk += doc.junk.length;
    foundJunk += removed.length;
    matchedJunk += junkPairs.length;

    scores.push({
      file: doc.file,
      missedBlanks: doc.blanks.filter((_, i) => !matchedExpected.has(i)).map((b) => `${b.match} (${b.kind})`),
      extraBlanks: found.filter((_, i) => !matchedFound.has(i)).map((b) => `${b.match} @${b.index} (${b.kind})`),
      wrongKinds,
      counts: { expected, actual },
      countsRight: expected.every((n, i) => n === actual[i]),
      titleRight: actualTitle === doc.title,
      actualTitle,
      missedJunk: doc.junk.filter((_, i) => !junkE.has(i)).map((j) => j.text),
      extraJunk: removed.filter((_, i) => !junkA.has(i)).map((b) => `${b.text} (${b.reason ?? "?"})`),
      wrongReasons: junkPairs
        .filter(([e, a]) => doc.junk[e].reason !== removed[a].reason)
        .map(([e, a]) => `${doc.junk[e].text}: expected ${doc.junk[e].reason}, got ${removed[a].reason ?? "?"}`),
    });
  }

  return {
    documents: scores,
    blankRecall: ratio(matchedBlanks, expectedBlanks),
    blankPrecision: ratio(matchedBlanks, foundBlanks),
    kindAccuracy: ratio(rightKinds, matchedBlanks),
    structureRight: ratio(scores.filter((s) => s.countsRight).length, scores.length),
    titleRight: ratio(scores.filter((s) => s.titleRight).length, scores.length),
    junkRecall: ratio(matchedJunk, expectedJunk),
    junkPrecision: ratio(matchedJunk, foundJunk),
    totals: { expectedBlanks, foundBlanks, matchedBlanks, expectedJunk, foundJunk, matchedJunk },
  };
}

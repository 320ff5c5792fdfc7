// Reads the corpus files and their hand annotations (expectations.json). Node only: used by
// bench/import-quality.ts and corpus.test.ts, never by app code.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CorpusDocument } from "../corpus-quality";

/** One entry of expectations.json: a corpus document without its text. */
type Expectation = Omit<CorpusDocument, "text">;

const here = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

export function loadCorpus(): CorpusDocument[] {
  const { documents } = JSON.parse(readFileSync(here("expectations.json"), "utf8")) as { documents: Expectation[] };
  return documents.map((e) => ({ ...e, text: readFileSync(here(e.file), "utf8") }));
}

/**
 * `npm run bench [-- filter]`: imports every bench/*.bench.ts (or those whose file name contains the
 * filter), runs their suites one after another and prints one table. See bench/harness.ts.
 * `npm run bench -- http` runs the HTTP benchmark instead (bench/http/run-http-bench.ts: servers,
 * load generator and its own table).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { formatTable, runSuite, type BenchSuite, type CaseResult } from "./harness";

function isSuite(x: unknown): x is BenchSuite {
  return !!x && typeof x === "object" && typeof (x as BenchSuite).name === "string" && Array.isArray((x as BenchSuite).cases);
}

/** The suites a bench module exports by default (ESM or CommonJS interop, one suite or an array). */
function suitesOf(mod: Record<string, unknown>): BenchSuite[] {
  let d: unknown = mod.default;
  if (d && typeof d === "object" && !isSuite(d) && !Array.isArray(d) && "default" in d) d = (d as { default: unknown }).default;
  const list = Array.isArray(d) ? d : [d];
  return list.filter(isSuite);
}

async function main() {
  const dir = path.resolve(process.cwd(), "bench");
  const filter = process.argv[2];
  if (filter === "http") {
    const { runHttpBench } = await import("./http/run-http-bench");
    return runHttpBench();
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts") && (!filter || f.includes(filter)))
    .sort();
  if (files.length === 0) {
    console.error(`no bench/*.bench.ts${filter ? ` matching "${filter}"` : ""}`);
    process.exit(1);
  }
  const results: CaseResult[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
    const suites = suitesOf(mod);
    if (suites.length === 0) throw new Error(`${file}: no suite as default export (use defineSuite)`);
    for (const suite of suites) {
      console.error(`[bench] ${file}: ${suite.name}`);
      results.push(...(await runSuite(suite, (line) => console.error(line))));
    }
  }
  console.log(`\n${formatTable(results)}\n`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}; ratios compare cases measured in this run.`);
  if (results.some((r) => r.error)) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * What two processes can get out of this machine at all: the same CPU-bound JavaScript (small objects
 * allocated and dropped, as a request handler does) run alone, then as two processes at once, each for
 * `seconds`. The ratio of the work done is the ceiling for "2 app processes vs 1" here — on a virtual
 * machine whose two vCPUs share caches, memory bandwidth or a physical core it is well below 2, before
 * the database and the load generator take their share of the same two cores.
 */
import { spawn } from "node:child_process";

// Counts rounds of allocation work done in `seconds`; prints the count.
const WORK = `
const end = Date.now() + Number(process.argv[1]) * 1000;
let rounds = 0;
const keep = [];
while (Date.now() < end) {
  for (let i = 0; i < 20000; i++) keep.push({ i, s: "row" + i, at: [i, i + 1] });
  keep.length = 0;
  rounds++;
}
process.stdout.write(String(rounds));
`;

function run(seconds: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", WORK, String(seconds)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`ceiling worker exited ${code}`))));
  });
}

/** Work of two processes at once ÷ work of one alone (1 = no gain from the second core, 2 = perfect). */
export async function twoProcessCeiling(seconds = 4): Promise<{ one: number; two: number; ratio: number }> {
  const one = await run(seconds);
  const [a, b] = await Promise.all([run(seconds), run(seconds)]);
  return { one, two: a + b, ratio: (a + b) / one };
}

// One "app instance" for tests/scheduler.test.ts: a separate process with its own database client that, at a
// given moment, tries to claim each of N leases one after the other (in ascending or descending order, so two
// workers meet in the middle and race on the same rows); prints the names it won as JSON.
// Run: node --conditions=react-server --import tsx tests/support/lease-worker.ts <prefix> <n> <startAtMs> <asc|desc>
import { createDb } from "@/lib/db/create-client";
import { claimLease } from "@/lib/scheduler/lease";

async function main() {
  const [prefix, n, startAt, order] = process.argv.slice(2);
  const { db } = createDb(process.env);
  await db.$queryRawUnsafe("SELECT 1"); // connected before the start signal
  while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 2));
  const holder = `worker-${process.pid}`;
  const won: string[] = [];
  const names = Array.from({ length: Number(n) }, (_, i) => `${prefix}-${i}`);
  if (order === "desc") names.reverse();
  for (const name of names) {
    if (await claimLease(db, name, holder, 60_000)) won.push(name);
    await new Promise((r) => setTimeout(r, 5)); // widen the window in which the two workers overlap
  }
  console.log(JSON.stringify(won));
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

// One "app instance" for tests/scheduler.test.ts: a separate process with its own database client that, at a
// given moment, tries to claim each of N leases; prints the names it won as JSON.
// Run: node --conditions=react-server --import tsx tests/support/lease-worker.ts <prefix> <n> <startAtMs>
import { createDb } from "@/lib/db/create-client";
import { claimLease } from "@/lib/scheduler/lease";

async function main() {
  const [prefix, n, startAt] = process.argv.slice(2);
  const { db } = createDb(process.env);
  await db.$queryRawUnsafe("SELECT 1"); // connected before the start signal
  while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 2));
  const holder = `worker-${process.pid}`;
  const won: string[] = [];
  await Promise.all(
    Array.from({ length: Number(n) }, async (_, i) => {
      if (await claimLease(db, `${prefix}-${i}`, holder, 60_000)) won.push(`${prefix}-${i}`);
    }),
  );
  console.log(JSON.stringify(won));
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

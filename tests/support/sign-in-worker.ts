// One "app instance" for tests/sign-in-limits.test.ts: a separate process with its own database client,
// firing N wrong-password sign-ins for one account at a given moment, printing the outcomes as JSON.
// Run: node --conditions=react-server --import tsx tests/support/sign-in-worker.ts <email> <n> <startAtMs>
import { createDb } from "@/lib/db/create-client";

async function main() {
  const [email, n, startAt] = process.argv.slice(2);
  const instance = createDb(process.env);
  (globalThis as { summaDb?: unknown }).summaDb = instance;
  const { attemptSignIn } = await import("@/lib/auth/sessions");
  await instance.db.$queryRawUnsafe("SELECT 1"); // connected before the start signal
  while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 2));
  const results = await Promise.all(
    Array.from({ length: Number(n) }, (_, i) => attemptSignIn({ email, password: `wrong-${process.pid}-${i}`, ip: `10.8.${i}.1`, userAgent: "worker" })),
  );
  console.log(JSON.stringify(results.map((r) => (r.ok ? "ok" : r.reason))));
  await instance.db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

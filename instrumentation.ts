// Runs once when the server starts: a wrong configuration stops it here, with every problem listed,
// instead of surfacing as an error on some later request. Then this instance's scheduler starts (deadline
// reminders under a database lease, e-mail delivery).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  env();
  const { startScheduler } = await import("./lib/scheduler/start-scheduler");
  startScheduler();
}

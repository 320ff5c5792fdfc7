// Runs once when the server starts: a wrong configuration stops it here, with every problem listed,
// instead of surfacing as an error on some later request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  env();
}

// The client address used for the per-address sign-in limit and the audit trail.
// Behind a reverse proxy you control, set SUMMA_TRUST_PROXY=1 and the proxy's X-Forwarded-For is used.
// Served directly, Next's server fills X-Forwarded-For with the socket address only when the client sent
// none, so a client can choose what is recorded here; that is why the per-account limit
// (lib/auth/login-rate-limit.ts) does not depend on the address.
export function clientIpFrom(headers: Headers, trustProxy = process.env.SUMMA_TRUST_PROXY === "1"): string {
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const ip = trustProxy ? chain[0] : chain.at(-1);
  return (ip || headers.get("x-real-ip")?.trim() || "unknown").slice(0, 64);
}

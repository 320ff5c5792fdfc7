// The client address used for the per-address sign-in limit and the audit trail.
// - SUMMA_TRUST_PROXY=0 (served directly): the TCP peer's address, which scripts/server.mjs puts in
//   PEER_HEADER (replacing whatever the client sent). X-Forwarded-For is ignored: a client chooses it.
// - SUMMA_TRUST_PROXY=1 (behind one reverse proxy you control): the proxy appends the address it saw to
//   X-Forwarded-For, so the right-most entry is the client; entries to its left are the client's own
//   claims and are ignored.
// Addresses are normalised so one client is one key: ports are stripped ("1.2.3.4:5678", "[::1]:80"),
// IPv4-mapped IPv6 ("::ffff:1.2.3.4") becomes IPv4, IPv6 is lower-cased and compressed; anything that
// is not an address is not used.
import { isIP } from "node:net";
import { PEER_HEADER } from "@/lib/http/guards.mjs";

export function normaliseIp(raw: string | null | undefined): string | null {
  let s = (raw ?? "").trim();
  if (!s) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  s = s.replace(/%.*$/, ""); // zone index
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(s);
  if (mapped) s = mapped[1];
  const kind = isIP(s);
  if (kind === 4) return s.split(".").map((o) => String(Number(o))).join(".");
  if (kind === 6) {
    try {
      return new URL(`http://[${s}]/`).hostname.slice(1, -1); // WHATWG compresses and lower-cases
    } catch {
      return null;
    }
  }
  return null;
}

export function clientIpFrom(headers: Headers, trustProxy: boolean): string {
  const peer = normaliseIp(headers.get(PEER_HEADER));
  if (trustProxy) {
    const chain = (headers.get("x-forwarded-for") ?? "").split(",");
    const fromProxy = normaliseIp(chain.at(-1));
    if (fromProxy) return fromProxy;
  }
  // Without scripts/server.mjs in front (e.g. `next dev`) there is no peer header; all such requests
  // share one key rather than trusting a header the client wrote.
  return peer ?? "unknown";
}
